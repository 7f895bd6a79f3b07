"""The core: plain asyncio and stdlib, never Qt. Codes down, words up."""
