#!/bin/sh
# Makes sure LibreOffice (Writer, without a GUI) is installed for the test that opens the Word paper.
set -e
if [ -x /usr/bin/soffice ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-libreoffice: soffice is missing; install it with: sudo apt-get install -y libreoffice-writer-nogui" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends libreoffice-writer-nogui >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends libreoffice-writer-nogui >/dev/null; }
test -x /usr/bin/soffice
