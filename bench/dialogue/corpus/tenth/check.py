"""Validate and count the tenth independent dialogue corpus (stdlib only).

The same files, fields, labels and split rule as the third corpus, so this runs the third corpus's
checker on this folder: python3 bench/dialogue/corpus/tenth/check.py [DIR]
"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKER = os.path.join(HERE, "..", "third", "check.py")
args = sys.argv[1:]
if not args or args[0].startswith("-"):
    args = [HERE, *args]
sys.argv = [CHECKER, *args]
runpy.run_path(CHECKER, run_name="__main__")
