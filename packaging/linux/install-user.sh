#!/usr/bin/env bash
# Install a built bundle for the current user only, with a menu entry and icons:
#
#   bash packaging/linux/install-user.sh [BUNDLE]      # BUNDLE defaults to dist/womenscentre
#
# Nothing is written outside the user's home (no sudo). Where things go:
#   ~/.local/opt/womenscentre/                    the bundle (replaced whole on upgrade)
#   ~/.local/bin/womenscentre                     a link, so the command line tools work
#   ~/.local/share/applications/<id>.desktop      the menu entry
#   ~/.local/share/metainfo/<id>.metainfo.xml     what software centres show
#   ~/.local/share/icons/hicolor/<N>x<N>/apps/<id>.png (and scalable/apps/<id>.svg)
# XDG_DATA_HOME and PREFIX (default ~/.local) move these, e.g. for a test or a portable copy.
# The vault is never touched: it lives in the data folder, not beside the app.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
app_id="org.womenscentre.womenscentre"
bundle="${1:-$repo/dist/womenscentre}"
prefix="${PREFIX:-$HOME/.local}"
data_home="${XDG_DATA_HOME:-$prefix/share}"
target="$prefix/opt/womenscentre"

if [ ! -x "$bundle/womenscentre" ]; then
    echo "No built app at $bundle. Build it first: python packaging/build_bundle.py" >&2
    exit 2
fi

mkdir -p "$prefix/opt" "$prefix/bin" "$data_home/applications" "$data_home/metainfo"
# Copy beside the old version, then swap, so a half-finished copy never replaces a working one.
staging="$(mktemp -d "$prefix/opt/.womenscentre-new.XXXXXX")"
cp -a "$bundle/." "$staging/"
chmod 755 "$staging"
if [ -e "$target" ]; then
    old="$(mktemp -d "$prefix/opt/.womenscentre-old.XXXXXX")"
    mv "$target" "$old/"
    mv "$staging" "$target"
    rm -rf "$old"
else
    mv "$staging" "$target"
fi
ln -sfn "$target/womenscentre" "$prefix/bin/womenscentre"

# The menu entry runs the installed copy by its full path: ~/.local/bin is not on the PATH of
# every desktop session.
sed -e "s|^Exec=.*|Exec=\"$target/womenscentre\"|" -e "s|^TryExec=.*|TryExec=$target/womenscentre|" \
    "$here/$app_id.desktop" >"$data_home/applications/$app_id.desktop"
cp "$here/$app_id.metainfo.xml" "$data_home/metainfo/$app_id.metainfo.xml"

icons="$repo/resources/icons"
for size in 16 32 48 64 128 256 512; do
    mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
    cp "$icons/womenscentre-$size.png" "$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
mkdir -p "$data_home/icons/hicolor/scalable/apps"
cp "$icons/womenscentre.svg" "$data_home/icons/hicolor/scalable/apps/$app_id.svg"

# Refresh the desktop's caches when the tools are there; the entry works without them.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true

echo "Installed womenscentre in $target; it is in the applications menu."
