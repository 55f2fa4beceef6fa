"""Small helpers used by the source lists to build disguised payloads."""
import base64
import codecs


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def rot13(s):
    return codecs.encode(s, "rot13")


def rev(s):
    return s[::-1]


def spaced(s):
    return " ".join(s)


def hexenc(s):
    return s.encode("utf-8").hex()


def leet(s):
    table = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
    return s.translate(table)
