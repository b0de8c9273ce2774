"""Validate and count the fifth independent dialogue corpus (stdlib only).

Same files, fields, labels and split rule as the fourth corpus, whose checker is generic over a
directory, so this runs ../fourth/check.py on this folder:
    python3 bench/dialogue/corpus/fifth/check.py [DIR]
"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKER = os.path.join(HERE, "..", "fourth", "check.py")
args = sys.argv[1:]
if not args or args[0].startswith("-"):
    args = [HERE, *args]
sys.argv = [CHECKER, *args]
runpy.run_path(CHECKER, run_name="__main__")
