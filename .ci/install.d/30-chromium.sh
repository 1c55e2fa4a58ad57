# Debian's Chromium for the end-to-end browser test (tests/test_browser.py), which drives it
# with Playwright for Python (a pip test dependency; `playwright install` is never run, the
# test launches /usr/bin/chromium). A font is named because apt_install skips Recommends and
# screenshots without one show only boxes. Sourced by .ci/run; safe to source again.
apt_install chromium fonts-dejavu-core
export DIPLOCAL_CHROMIUM=/usr/bin/chromium
