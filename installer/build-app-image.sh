#!/usr/bin/env bash
# Builds the app image of Kyosei Vision for the OS it runs on, with jpackage (JDK 17): a trimmed Java runtime
# (jlink) that holds JavaFX as modules with its natives, plus target/kyosei-vision-app.jar (no JavaFX, no natives)
# and sqlite-jdbc's library for this OS. Nothing is unpacked into the user's folders at run time.
# Runs on Linux, macOS and Windows (Git Bash); .github/workflows/installers.yml calls it on each, so this file is
# the one place for the module list and the jpackage options.
#   installer/build-app-image.sh            # app image only (what CI builds and tests)
#   installer/build-app-image.sh --cds      # also record an AppCDS archive (Linux; needs a display, e.g. xvfb-run)
#   installer/build-app-image.sh --deb      # Linux: also a .deb with the .kyosei association (fakeroot, dpkg-deb)
#   installer/build-app-image.sh --msi      # Windows: also the MSIs, per-machine and per-user (WiX 3 on PATH)
#   installer/build-app-image.sh --dmg      # macOS: also a DMG
# Output: target/installer/<image> (launcher path: installer/test-app-image.sh), installers in target/installer/.
# The jars must exist (mvn -B package); they are built here with tests skipped when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
cds=false; deb=false; msi=false; dmg=false
for a in "$@"; do
  case $a in --cds) cds=true;; --deb) deb=true;; --msi) msi=true;; --dmg) dmg=true;; *) echo "unknown option $a" >&2; exit 2;; esac
done

case "$(uname -s)" in
  Linux*) os=linux;;
  Darwin*) os=mac;;
  MINGW*|MSYS*|CYGWIN*) os=windows;;
  *) echo "unsupported OS $(uname -s)" >&2; exit 2;;
esac
case "$os/$(uname -m)" in
  linux/x86_64) sqlite_native=Linux/x86_64/libsqlitejdbc.so;;
  mac/arm64) sqlite_native=Mac/aarch64/libsqlitejdbc.dylib;;
  mac/x86_64) sqlite_native=Mac/x86_64/libsqlitejdbc.dylib;;
  windows/x86_64) sqlite_native=Windows/x86_64/sqlitejdbc.dll;;
  *) echo "no sqlite-jdbc library is packaged for $os/$(uname -m)" >&2; exit 2;;
esac
$deb && [ $os != linux ] && { echo "--deb needs Linux" >&2; exit 2; }
$msi && [ $os != windows ] && { echo "--msi needs Windows" >&2; exit 2; }
$dmg && [ $os != mac ] && { echo "--dmg needs macOS" >&2; exit 2; }

jar=target/kyosei-vision.jar
app_jar=target/kyosei-vision-app.jar
fx_modules=target/javafx-modules
[ -f "$jar" ] && [ -f "$app_jar" ] && [ -d "$fx_modules" ] || mvn -B -q package -DskipTests
# the project's version (first <version> of pom.xml), as the jar's manifest has it (BSD sed on macOS: no 0,/re/)
version=$(grep -m1 '<version>' pom.xml | sed 's:.*<version>\(.*\)</version>.*:\1:')
work=target/installer
rm -rf "$work"; mkdir -p "$work/input/native" "$work/tmp"
cp "$app_jar" "$work/input/kyosei-vision.jar"

# Modules: `jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/kyosei-vision.jar` (34 s, so
# not run on every build) gave java.base,java.security.jgss,java.sql,java.xml.crypto,jdk.jfr,jdk.unsupported,
# jdk.unsupported.desktop; jdk.localedata (ja/en only) gives 令和 era names and Japanese formats, jdk.charsets
# Shift_JIS for files from other offices. JavaFX (this OS's modular jars, copied by Maven to target/javafx-modules)
# is linked in as named modules: no "Unsupported JavaFX configuration" warning, and its classes are not in the jar.
modules=java.base,java.desktop,java.logging,java.naming,java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata,jdk.charsets,jdk.zipfs,javafx.base,javafx.graphics,javafx.controls,javafx.swing
# JavaFX's natives sit at the root of the javafx.graphics jar; dropped from the module image (they would be
# unpacked to ~/.openjfx/cache from there) and copied as files to where NativeLibLoader looks for a jrt image
jlink --module-path "$fx_modules" --add-modules "$modules" --include-locales=ja,en --strip-debug \
  --no-header-files --no-man-pages --generate-cds-archive \
  --exclude-resources='glob:/javafx.graphics/*.so,glob:/javafx.graphics/*.dylib,glob:/javafx.graphics/*.dll,glob:/javafx.graphics/javafx-swt.jar' \
  --output "$work/runtime"
graphics_jar=$(ls "$PWD/$fx_modules"/javafx-graphics-*.jar)
(cd "$work/tmp" && jar xf "$graphics_jar")
if [ $os = windows ]; then
  # NativeLibLoader tries bin\javafx, then System.loadLibrary, which searches bin\ (where JavaFX's own jmods put
  # them). The JDK's copies of the MSVC runtime DLLs already in bin\ are kept (cp -n).
  cp -n "$work"/tmp/*.dll "$work/runtime/bin/"
else
  for f in "$work"/tmp/*.so "$work"/tmp/*.dylib; do [ -e "$f" ] && cp "$f" "$work/runtime/lib/"; done
fi
ls "$work/runtime/lib" "$work/runtime/bin" | grep -Eq '^(lib)?glass\.(so|dylib|dll)$' || { echo "no JavaFX glass library in the runtime" >&2; exit 1; }

# sqlite-jdbc's library for this OS, next to the jar ($APPDIR/native): loaded from there (org.sqlite.lib.path),
# never unpacked to java.io.tmpdir (%TEMP% on Windows, where AppLocker blocks DLLs)
(cd "$work/tmp" && jar xf "$OLDPWD/$jar" "org/sqlite/native/$sqlite_native")
cp "$work/tmp/org/sqlite/native/$sqlite_native" "$work/input/native/"
rm -rf "$work/tmp"

if [ $os = linux ]; then name=kyosei-vision; else name='Kyosei Vision'; fi
icon=icons/kyosei-vision-256.png
[ $os = windows ] && icon=icons/kyosei-vision.ico
[ $os = mac ] && icon=icons/kyosei-vision.icns
# Windows: ASCII descriptions, as WiX 3 writes the MSI tables in a Western code page and refuses (LGHT0311) what
# that cannot hold; elsewhere the Japanese ones
description='共生ビジョン editor for 定住自立圏 planning officers'
[ $os = windows ] && description='Kyosei Vision plan editor for Teiju Jiritsuken planning officers'
# the .kyosei association with this OS's icon format (and description)
sed -e "s:^icon=.*:icon=$icon:" installer/kyosei.properties > "$work/kyosei.properties"
[ $os = windows ] && sed -i 's:^description=.*:description=Kyosei Vision plan file:' "$work/kyosei.properties"

# C1 only and the serial GC: a desktop app with a small heap; at start-up this halves the CPU time the JIT and GC
# threads take (docs/benchmarks.md, "Start-up"), which matters most on a busy 2-core office PC.
java_opts=(--java-options '-Dfile.encoding=UTF-8' --java-options '-Xshare:auto'
  --java-options '-XX:TieredStopAtLevel=1' --java-options '-XX:+UseSerialGC'
  --java-options '-Xms16m' --java-options '-XX:MinHeapFreeRatio=10' --java-options '-XX:MaxHeapFreeRatio=30'
  --java-options '-Dorg.sqlite.lib.path=$APPDIR/native' --java-options "-Dorg.sqlite.lib.name=${sqlite_native##*/}")
# what every package of this OS shares: the app image and each installer are made from the same inputs
common=(--name "$name" --app-version "$version" --vendor 'Kyosei Vision' --description "$description"
  --input "$work/input" --main-jar kyosei-vision.jar --main-class jp.kyoseivision.app.Launcher
  --runtime-image "$work/runtime" --icon "$icon" "${java_opts[@]}")
[ $os = mac ] && common+=(--mac-package-identifier jp.kyoseivision --mac-package-name 'Kyosei Vision')

jpackage --type app-image "${common[@]}" --dest "$work"
case $os in
  linux) app=$work/$name; launcher=$app/bin/$name; cfg=$app/lib/app/$name.cfg;;
  mac) app="$work/$name.app"; launcher="$app/Contents/MacOS/$name"; cfg="$app/Contents/app/$name.cfg";;
  windows) app="$work/$name"; launcher="$app/$name.exe"; cfg="$app/app/$name.cfg";;
esac

if $cds; then
  [ $os = linux ] || { echo "--cds is made on Linux only" >&2; exit 2; }
  # AppCDS: the classes two training runs load — the window opening the bundled sample and quitting once it is
  # shown (-Dkyosei.exitWhenShown), and export-pdf of its sheets — listed (-XX:DumpLoadedClassList) and dumped into
  # one static archive that the launcher maps at every start. (A dynamic archive, -XX:ArchiveClassesAtExit, holds
  # one run only: export-pdf then mapped none of PDFBox's classes.)
  tmp=$(mktemp -d)
  "$launcher" init "$tmp/train.kyosei" --with-sample >/dev/null
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$tmp/window.classes -Dkyosei.exitWhenShown=true -Dkyosei.home=$tmp" \
    "$launcher" --file "$tmp/train.kyosei" >/dev/null 2>&1 || true
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$tmp/pdf.classes -Dkyosei.home=$tmp" \
    "$launcher" export-pdf "$tmp/train.kyosei" -o "$tmp/train.pdf" >/dev/null 2>&1 || true
  # one list, first occurrence kept (a lambda's line must follow its class's)
  cat "$tmp/window.classes" "$tmp/pdf.classes" 2>/dev/null | awk '!seen[$0]++' > "$tmp/all.classes"
  if [ -s "$tmp/window.classes" ]; then
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$tmp/all.classes -XX:SharedArchiveFile=$app/lib/app/kyosei-vision.jsa -Dkyosei.home=$tmp" \
      "$launcher" --version >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
  if [ -f "$app/lib/app/kyosei-vision.jsa" ]; then
    sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/kyosei-vision.jsa' "$cfg"
    echo "AppCDS archive: $(du -h "$app/lib/app/kyosei-vision.jsa" | cut -f1)"
  else
    echo "no AppCDS archive was written (no display?)" >&2
  fi
fi

if $deb; then
  jpackage --type deb --app-image "$app" --name "$name" --app-version "$version" \
    --file-associations "$work/kyosei.properties" --linux-shortcut --linux-menu-group Office --dest "$work"
fi
if $msi; then
  # Two MSIs: per-machine (IT installs it silently for every user: msiexec /i … /qn, needs admin rights) and
  # per-user (no admin rights; into %LOCALAPPDATA%\Programs). Each has its own fixed upgrade code, so a newer
  # MSI of the same kind replaces the older one; Windows Installer cannot upgrade across the two kinds.
  win=(--type msi "${common[@]}" --file-associations "$work/kyosei.properties"
    --win-menu --win-menu-group 'Kyosei Vision' --win-shortcut)
  jpackage "${win[@]}" --win-upgrade-uuid 5f0c3a52-8d61-4e2b-9a57-1c6e0b7d4a10 --dest "$work/msi-per-machine"
  jpackage "${win[@]}" --win-upgrade-uuid 9b2e7c14-3f8a-4d05-b6e1-7a4c2d9f8e03 --win-per-user-install \
    --dest "$work/msi-per-user"
  mv "$work/msi-per-machine/$name-$version.msi" "$work/$name-$version.msi"
  mv "$work/msi-per-user/$name-$version.msi" "$work/$name-$version-per-user.msi"
  rmdir "$work/msi-per-machine" "$work/msi-per-user"
fi
if $dmg; then
  jpackage --type dmg "${common[@]}" --file-associations "$work/kyosei.properties" --dest "$work"
  # both Mac architectures get their own DMG (built on each); name it for the one this build is for
  mv "$work/$name-$version.dmg" "$work/$name-$version-$(uname -m).dmg"
fi
echo "app image: $app (launcher $launcher)"
