import sys

from tqcheck.cli import main

sys.exit(main())
