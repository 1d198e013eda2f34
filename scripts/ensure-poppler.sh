#!/bin/sh
# Makes sure poppler-utils (pdftotext, pdfinfo, pdftoppm) is installed for the tests of the PDF and Word papers.
set -e
if [ -x /usr/bin/pdftotext ] && [ -x /usr/bin/pdftoppm ] && [ -x /usr/bin/pdfinfo ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-poppler: pdftotext is missing; install it with: sudo apt-get install -y poppler-utils" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends poppler-utils >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends poppler-utils >/dev/null; }
test -x /usr/bin/pdftotext
