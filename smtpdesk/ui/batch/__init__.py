"""The Batch and Queue pages: composing a batch, sending it, its history.

- `pages`: BatchPages (both tabs and what joins them to the window) and WindowProfiles
  (the window as their profile source);
- `compose_page`: the Batch page (recipients, message, preview, test, send);
- `recipients_model`, `problems`, `editors`: its recipients table, the file's problems in
  words, its placeholder highlighter and row box;
- `queue_page`: the Queue page (one batch's rows, progress, history);
- `queue_model`: the rows' table model and its state filter;
- `dialogs`: the questions and file dialogs of both pages;
- `export`: the rows as a CSV that Excel opens in the user's language;
- `words`: states, codes and durations in words;
- `source`: what the pages need from the window (ProfileSource, NoPassword);
- `runs`: the sender, the test send and the file reading on the shared loop, as signals.
"""
