import sys

from clientsafe.main import main

sys.exit(main())
