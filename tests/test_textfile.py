"""One decoder for every text file: recipients, bodies, HTML (core.textfile)."""

import codecs

import pytest

from smtpdesk.core.textfile import TextFileError, decode_text, read_text

WORDS = "Spoštovani gospod Čuk, zahvaljujemo se za naročilo."


@pytest.mark.parametrize(
    "data, encoding",
    [
        (WORDS.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + WORDS.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + WORDS.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + WORDS.encode("utf-16-be"), "utf-16"),
        (WORDS.encode("cp1250"), "cp1250"),
    ],
)
def test_every_encoding_a_user_saves_in_reads_as_the_same_words(data, encoding):
    assert decode_text(data) == (WORDS, encoding)


def test_a_file_no_code_page_can_decode_is_a_coded_error_not_a_crash(tmp_path):
    path = tmp_path / "body.html"
    path.write_bytes(b"<p>\x81\x83\x88\x90\x98</p>")  # undefined in cp1250 and cp1252
    with pytest.raises(TextFileError) as caught:
        read_text(path)
    assert caught.value.code == "unknown_encoding"


def test_binary_and_mixed_files_are_refused_with_a_code(tmp_path):
    with pytest.raises(TextFileError) as caught:
        decode_text(b"PK\x00\x01\xff")
    assert caught.value.code == "not_text"
    mixed = "Čuk\n".encode() + "Čuk\n".encode("cp1250")
    with pytest.raises(TextFileError) as caught:
        decode_text(mixed)
    assert caught.value.code == "mixed_encoding"
    assert (caught.value.params["utf8_line"], caught.value.line) == (1, 2)


def test_a_missing_file_says_why(tmp_path):
    with pytest.raises(TextFileError) as caught:
        read_text(tmp_path / "none.txt")
    assert caught.value.code == "unreadable" and caught.value.params["reason"]
