#!/usr/bin/env python3
"""The Debian package, as a user gets it: built with cpack from this build tree, checked with the tools
Debian checks packages with (dpkg-deb, lintian, desktop-file-validate, appstreamcli), installed into this
machine with dpkg -i, run (tpm-station-cli --version, line --simulate 1, the GUI offscreen), then purged,
with nothing of it left behind.

It installs into the machine (not a dpkg --root) because only there do the Depends meet the real
system: dpkg -i refuses a package whose dependencies are not installed, and the installed binaries run
against the libraries the Depends name. So it needs root and says so loudly when it is not; it refuses
to touch a tpm-station it did not install, and a lock file keeps two runs on one machine apart (ctest's
RESOURCE_LOCK only separates the tests of one ctest run).
"""
import argparse
import fcntl
import gzip
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

PACKAGE = "tpm-station"
LOCK_FILE = "/var/lock/tpm-station-package-test.lock"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message, flush=True)
    return condition


def run(args, env=None, timeout=300, cwd=None, check_rc=True):
    started = time.monotonic()
    p = subprocess.run(args, env=env, cwd=cwd, timeout=timeout, capture_output=True, text=True)
    print("$ %s  (%.1f s, rc %d)" % (" ".join(args), time.monotonic() - started, p.returncode), flush=True)
    if check_rc and p.returncode != 0:
        raise SystemExit("FAILED: %s\nstdout:\n%s\nstderr:\n%s" % (" ".join(args), p.stdout, p.stderr))
    return p


def installed():
    p = subprocess.run(["dpkg-query", "-W", "-f=${Status}", PACKAGE], capture_output=True, text=True)
    return p.returncode == 0 and "installed" in p.stdout.split()


def user_env(home):
    """A fresh user: HOME and XDG directories in the temporary directory, English, no display."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("STATION_", "XDG_", "LC_", "QT_")) and k not in ("DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE")}
    env.update(HOME=home, XDG_DATA_HOME=os.path.join(home, ".local/share"),
               XDG_CONFIG_HOME=os.path.join(home, ".config"), XDG_CACHE_HOME=os.path.join(home, ".cache"),
               XDG_RUNTIME_DIR=os.path.join(home, "runtime"), LANG="C.UTF-8", PATH="/usr/bin:/bin:/usr/sbin:/sbin")
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    return env


def processes_under(path):
    """PIDs whose command line mentions `path` (swtpm instances of a fleet root)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                if path.encode() in f.read():
                    found.append(int(pid))
        except OSError:
            pass
    return found


def check_package_file(deb, args, work):
    fields = {f: run(["dpkg-deb", "-f", deb, f]).stdout.strip()
              for f in ("Package", "Version", "Architecture", "Depends", "Recommends", "Section")}
    print(fields)
    check(fields["Package"] == PACKAGE, "Package field")
    check(fields["Version"] == args.package_version, "Version %s != %s" % (fields["Version"], args.package_version))
    check(fields["Architecture"] == "amd64", "Architecture")
    for lib in ("libqt6core6", "libqt6widgets6", "libtss2-esys", "libtss2-tctildr", "libssl3", "libsqlite3-0"):
        check(lib in fields["Depends"], "Depends lacks %s (shlibdeps)" % lib)
    check("swtpm" not in fields["Depends"], "swtpm must be recommended, not a dependency")
    for pkg in ("swtpm", "swtpm-tools"):
        check(pkg in fields["Recommends"].replace(",", " ").split(), "Recommends lacks " + pkg)

    contents = run(["dpkg-deb", "-c", deb]).stdout
    expected = ["./usr/bin/tpm-station", "./usr/bin/tpm-station-cli",
                "./usr/share/applications/org.tpmstation.station.desktop",
                "./usr/share/metainfo/org.tpmstation.station.metainfo.xml",
                "./usr/share/icons/hicolor/scalable/apps/org.tpmstation.station.svg",
                "./usr/share/man/man1/tpm-station.1.gz", "./usr/share/man/man1/tpm-station-cli.1.gz",
                "./usr/share/doc/tpm-station/copyright", "./usr/share/doc/tpm-station/changelog.gz",
                "./usr/share/doc/tpm-station/OPERATOR_GUIDE.md", "./usr/share/doc/tpm-station/CLI.md",
                "./usr/share/doc/tpm-station/screenshots/login.png",
                "./usr/share/doc/tpm-station/examples/widget-profile.json"]
    names = [line.split()[-1] for line in contents.splitlines()]
    for path in expected:
        check(path in names, "package lacks " + path)

    root = os.path.join(work, "extracted")
    run(["dpkg-deb", "-x", deb, root])
    share = os.path.join(root, "usr/share")
    run(["desktop-file-validate", os.path.join(share, "applications/org.tpmstation.station.desktop")])
    # --no-net: the screenshot and home page URLs are checked where they are published, not here.
    run(["appstreamcli", "validate", "--no-net", "--pedantic",
         os.path.join(share, "metainfo/org.tpmstation.station.metainfo.xml")])
    for page, title in (("tpm-station", "TPM-STATION"), ("tpm-station-cli", "TPM-STATION-CLI")):
        with gzip.open(os.path.join(share, "man/man1/%s.1.gz" % page), "rt") as f:
            text = f.read()
        check(text.count(".TH %s " % title) == 1, "man page %s has no .TH header" % page)
        check("\\-\\-version" in text, "man page %s does not describe --version" % page)
        lint = run(["man", "--warnings", "-l", "-Tutf8", os.path.join(share, "man/man1/%s.1.gz" % page)],
                   env=dict(os.environ, MANWIDTH="80"))
        check("warning" not in lint.stderr.lower(), "man %s warns: %s" % (page, lint.stderr))
    with gzip.open(os.path.join(share, "doc/tpm-station/changelog.gz"), "rt") as f:
        top = f.readline()
    check(top.startswith("%s (%s) " % (PACKAGE, args.package_version)),
          "changelog's first entry is not version %s: %s" % (args.package_version, top.strip()))
    with open(os.path.join(share, "doc/tpm-station/examples/widget-profile.json")) as f:
        profile = json.load(f)
    check(profile.get("production") is True and profile.get("sections", {}).get("ownership"),
          "example profile is not a production profile with an ownership section")
    # A production profile pins its escrow certificate (issue 18): the example's pin is a placeholder no
    # certificate has, so step 3 refuses until an admin pins the real one (profile pin-escrow).
    pin = profile["sections"]["ownership"].get("escrowCertificateSha256", "")
    check(re.fullmatch("[0-9a-f]{64}", pin) is not None and pin == "0" * 64,
          "example production profile has no placeholder escrow certificate pin: %r" % pin)

    # lintian: every tag it still reports is overridden with its reason (packaging/lintian-overrides,
    # explained in docs/PACKAGING.md): nothing else may appear.
    lint = run(["lintian", "--tag-display-limit", "0", deb], check_rc=False, timeout=600)
    tags = [l for l in lint.stdout.splitlines() if l[:2] in ("E:", "W:", "I:", "X:")]
    check(lint.returncode == 0 and not tags, "lintian reports:\n" + lint.stdout + lint.stderr)


def run_installed(args, work):
    home = os.path.join(work, "home")
    os.makedirs(home)
    env = user_env(home)

    version = run(["/usr/bin/tpm-station-cli", "--version"], env=env).stdout
    check(version.splitlines()[0] == "tpm-station-cli " + args.version, "installed CLI --version: " + version)

    # A newcomer's first line run: everything under the fresh HOME (the default fleet root there), the
    # simulation kit's profile. `line` has no default database: it is given the default path.
    data = os.path.join(env["XDG_DATA_HOME"], "tpm-station")
    station_db = os.path.join(data, "station.db")
    line = run(["/usr/bin/tpm-station-cli", "line", "--simulate", "1", "--db", station_db, "--json"], env=env,
               timeout=300)
    summary = json.loads(line.stdout)["summary"]
    check(summary.get("devices") == 1 and summary.get("completed") == 1, "line --simulate 1: %s" % summary)
    db = sqlite3.connect("file:%s?mode=ro" % station_db, uri=True)
    check(db.execute("SELECT count(*) FROM devices WHERE simulated=1").fetchone()[0] == 1, "one simulated device")
    check([r[0] for r in db.execute("SELECT DISTINCT software_version FROM audit_events")] == [args.version],
          "the audit trail records the installed version")
    db.close()
    check(not processes_under(data), "line left swtpm processes running under " + data)

    gui = run(["/usr/bin/tpm-station", "--version"], env=env).stdout
    check(gui.splitlines()[0] == "tpm-station " + args.version, "installed GUI --version: " + gui)
    check(gui.splitlines()[1:] == version.splitlines()[1:], "GUI and CLI report different facts")

    # The GUI, offscreen, on a simulated device: it opens its database and brings its fleet up.
    gui_env = dict(env, QT_QPA_PLATFORM="offscreen")
    gui_db, fleet = os.path.join(work, "gui.db"), os.path.join(work, "gui-fleet")
    started = time.monotonic()
    proc = subprocess.Popen(["/usr/bin/tpm-station", "--simulate", "1", "--db", gui_db, "--root", fleet],
                            env=gui_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    running = False
    try:
        while time.monotonic() - started < 120 and proc.poll() is None and not running:
            time.sleep(1)
            listed = run(["/usr/bin/tpm-station-cli", "sim", "list", "--root", fleet, "--json"], env=env,
                         check_rc=False)
            if listed.returncode == 0 and listed.stdout.strip():
                running = any(d.get("state") == "running" for d in json.loads(listed.stdout))
        check(running, "the GUI did not bring its simulated device up within 120 s")
        check(proc.poll() is None, "the GUI exited: %s" % (proc.communicate()[0] if proc.poll() is not None else ""))
        print("GUI up with its simulated fleet after %.1f s" % (time.monotonic() - started), flush=True)
        tables = sqlite3.connect("file:%s?mode=ro" % gui_db, uri=True).execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN ('operators','audit_events')").fetchone()
        check(tables[0] == 2, "the GUI's database has no operators/audit_events tables")
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(30)
        run(["/usr/bin/tpm-station-cli", "sim", "stop", "--root", fleet], env=env, check_rc=False)
    deadline = time.monotonic() + 10
    while processes_under(fleet) and time.monotonic() < deadline:
        time.sleep(0.5)
    check(not processes_under(fleet), "swtpm processes of the GUI's fleet are still running")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--version", required=True, help="the software version --version must print")
    parser.add_argument("--package-version", required=True)
    args = parser.parse_args()

    if os.geteuid() != 0:
        raise SystemExit("FAILED: the package test installs tpm-station with dpkg -i into this machine and "
                         "needs root (CI runs it as root); run ctest as root or exclude label 'package'.")
    started = time.monotonic()
    with open(LOCK_FILE, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if installed():
            raise SystemExit("FAILED: %s is already installed on this machine; the test does not replace an "
                             "installation it did not make (dpkg --purge %s first)." % (PACKAGE, PACKAGE))
        work = tempfile.mkdtemp(prefix="tpm-station-package-")
        try:
            out = os.path.join(work, "out")
            run(["cpack", "-G", "DEB", "-B", out, "--config", os.path.join(args.build_dir, "CPackConfig.cmake")],
                cwd=args.build_dir, timeout=600)
            deb = os.path.join(out, "%s_%s_amd64.deb" % (PACKAGE, args.package_version))
            if not os.path.isfile(deb):
                raise SystemExit("FAILED: cpack wrote no %s: %s" % (deb, os.listdir(out)))
            print("package: %s, %d KiB" % (os.path.basename(deb), os.path.getsize(deb) // 1024), flush=True)
            check_package_file(deb, args, work)

            run(["dpkg", "-i", deb], timeout=300)
            files = run(["dpkg", "-L", PACKAGE]).stdout.splitlines()
            check("/usr/bin/tpm-station-cli" in files, "dpkg -L lists no /usr/bin/tpm-station-cli")
            try:
                run_installed(args, work)
            finally:
                run(["dpkg", "--purge", PACKAGE], timeout=300)
            check(not installed(), "dpkg still lists %s after --purge" % PACKAGE)
            left = [f for f in files if os.path.lexists(f) and not os.path.isdir(f)]
            check(not left, "files left after --purge: %s" % left)
            check(not os.path.exists("/usr/share/doc/tpm-station"), "/usr/share/doc/tpm-station left behind")
        finally:
            if installed():  # an exception before the purge above
                subprocess.run(["dpkg", "--purge", PACKAGE])
            shutil.rmtree(work, ignore_errors=True)
    print("package test: %.1f s" % (time.monotonic() - started))
    if failures:
        raise SystemExit("FAILED: %d check(s):\n%s" % (len(failures), "\n".join(failures)))
    print("PASS")


if __name__ == "__main__":
    main()
