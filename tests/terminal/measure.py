"""Run inside a real terminal (a tmux pane): ask the terminal where each prefix ends.

Reads a JSON list of strings; for each, clears the line, writes the string and sends the cursor position
report request (ESC [ 6 n). The terminal answers ESC [ row ; column R on stdin; the column minus one is how
many screen columns the string took. Writes the list of widths as JSON.
"""

import json
import os
import sys
import termios
import tty


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as source:
        prefixes = json.load(source)
    fd = os.open("/dev/tty", os.O_RDWR)
    saved = termios.tcgetattr(fd)
    tty.setraw(fd)
    widths = []
    try:
        for prefix in prefixes:
            os.write(fd, b"\r\x1b[2K" + prefix.encode("utf-8") + b"\x1b[6n")
            reply = b""
            while not reply.endswith(b"R"):
                reply += os.read(fd, 32)
            row_col = reply[reply.rindex(b"\x1b[") + 2 : -1].decode()
            widths.append(int(row_col.split(";")[1]) - 1)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)
    tmp = sys.argv[2] + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(widths, out)
    os.replace(tmp, sys.argv[2])


if __name__ == "__main__":
    main()
