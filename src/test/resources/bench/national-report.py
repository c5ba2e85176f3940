"""The Markdown table of the national-scale benchmark (national-benchmark.sh), from target/bench/national-<factor>.tsv.

Compares the smallest factor measured (normally 1) with the largest (normally 100) and flags, at the largest, the
pages that miss issue 16's targets: throughput below 40 % of the control page's, more than 1.5 times the bytes of the
smallest factor, a statement count that changed, a budget page whose SQL takes more than twice its time at the smallest
factor, or an answer other than 200.
"""
import csv
import glob
import os
import re
import sys

MIN_RATIO = 0.40
MAX_BYTES_GROWTH = 1.5
MAX_BUDGET_SQL_GROWTH = 2.0
BUDGET_PAGES = ("/budget", "/payments", "/expenditure")


def load(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def figures(rows):
    """(page, role) → its figures; the throughput as a ratio to the control page measured right before it (the median
    pair's, when the page was measured in several pairs)."""
    result = {}
    for row in rows:
        key = (row["page"], row["role"])
        if row["status"] != "200":
            result[key] = {"status": row["status"]}
            continue
        control = float(row["control"] or 0)
        result[key] = {"status": "200", "ratio": float(row["rps"] or 0) / control if control else 0.0,
                       "control": control, "bytes": int(row["bytes"]), "statements": int(row["statements"] or -1),
                       "seconds": float(row["seconds"]), "non2xx": int(row["non2xx"] or 0),
                       "sql": float(row["sql_ms"]) if row.get("sql_ms") else None,
                       "ratios": (row.get("ratios") or "").split(",") if row.get("ratios") else []}
    return result


def median(values):
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


def label(page):
    page = re.sub(r"month=\d{4}-\d{2}", "month={busiest}", page)
    return re.sub(r"/\d+(?=/|\?|$)", "/{id}", page)


def size(n):
    return f"{n / 1024:,.0f} KB" if n >= 10240 else f"{n:,} B"


def cell(fig, what):
    if fig is None:
        return "—"
    if fig["status"] != "200":
        return "HTTP " + fig["status"]
    if what == "ratio":
        # the median of several pairs (control, page) shows the pairs' range
        spread = sorted(float(r) for r in fig.get("ratios", []))
        return f"{fig['ratio']:.2f}" + (f" ({spread[0]:.2f}–{spread[-1]:.2f})" if len(spread) > 1 else "")
    if what == "bytes":
        return size(fig["bytes"])
    if what == "seconds":
        return f"{fig['seconds']:.2f}"
    if what == "sql":
        return "—" if fig.get("sql") is None else f"{fig['sql']:.1f}"
    return str(fig["statements"])


def misses(page, low, high):
    if high is None:
        return ""
    if high["status"] != "200":
        return "HTTP " + high["status"]
    found = []
    if high["non2xx"]:
        found.append(f"{high['non2xx']} non-2xx under load")
    if high["ratio"] < MIN_RATIO:
        found.append("throughput")
    if low and low["status"] == "200":
        if high["bytes"] > MAX_BYTES_GROWTH * low["bytes"]:
            found.append(f"bytes ×{high['bytes'] / low['bytes']:.1f}")
        if high["statements"] != low["statements"]:
            found.append("statements")
        if page.startswith(BUDGET_PAGES) and low.get("sql") and high.get("sql") is not None \
                and high["sql"] > MAX_BUDGET_SQL_GROWTH * low["sql"]:
            found.append(f"SQL ×{high['sql'] / low['sql']:.1f}")
    return ", ".join(found)


def exports_table(folder, lo, hi):
    """The export timings (first byte, last byte), when both factors have them."""
    paths = [os.path.join(folder, f"national-exports-{factor}.tsv") for factor in (lo, hi)]
    if not all(os.path.exists(path) for path in paths):
        return
    low, high = ({row["export"]: row for row in load(path)} for path in paths)
    print()
    print(f"| export (coordinator, largest project) | bytes {lo}× | {hi}× | first byte {lo}× | {hi}× "
          f"| last byte {lo}× | {hi}× |")
    print("|---|---|---|---|---|---|---|")
    for name, h in high.items():
        l = low.get(name, {})
        print(f"| `{name}` | {export_size(l)} | {export_size(h)} | {export_time(l, 'first_byte')} "
              f"| {export_time(h, 'first_byte')} | {export_time(l, 'total')} | {export_time(h, 'total')} |")


def export_size(row):
    if row.get("status") != "200":
        return "HTTP " + row.get("status", "—")
    return size(int(row["bytes"]))


def export_time(row, column):
    return f"{float(row[column]):.2f} s" if row.get("status") == "200" else "—"


def main(folder):
    files = {int(m.group(1)): p for p in glob.glob(os.path.join(folder, "national-*.tsv"))
             if (m := re.search(r"national-(\d+)\.tsv$", p))}
    if not files:
        sys.exit("no national-<factor>.tsv in " + folder)
    lo, hi = min(files), max(files)
    low = figures(load(files[lo]))
    high = figures(load(files[hi]))
    keys = list(dict.fromkeys(list(high) + list(low)))
    print(f"| page | role | throughput vs control {lo}× | {hi}× | bytes {lo}× | {hi}× | statements {lo}× | {hi}× "
          f"| SQL ms {lo}× | {hi}× | seconds alone {hi}× | misses at {hi}× |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    missed = 0
    no_access = []
    for key in keys:
        l, h = low.get(key), high.get(key)
        if all(f is None or f["status"] in ("302", "403", "404") for f in (l, h)):
            no_access.append(f"{label(key[0])} ({key[1]}, HTTP {(h or l)['status']})")
            continue
        miss = misses(key[0], l, h)
        missed += bool(miss)
        print(f"| `{label(key[0])}` | {key[1]} | {cell(l, 'ratio')} | {cell(h, 'ratio')} | {cell(l, 'bytes')} "
              f"| {cell(h, 'bytes')} | {cell(l, 'statements')} | {cell(h, 'statements')} | {cell(l, 'sql')} "
              f"| {cell(h, 'sql')} | {cell(h, 'seconds')} "
              f"| {('**' + miss + '**') if miss else 'ok'} |")
    print()
    print(f"Control `/account/password`, measured right before each page (each page in "
          f"{max((len(f.get('ratios', [])) for f in high.values()), default=1) or 1} pairs at {hi}×, the median "
          f"pair's ratio shown, the pairs' range in brackets): median "
          f"{median([f['control'] for f in low.values() if 'control' in f]):.0f} requests/s at {lo}×, "
          f"{median([f['control'] for f in high.values() if 'control' in f]):.0f} at {hi}× "
          f"(wrk, {os.environ.get('WRK_CONNECTIONS', '2')} connections, on a shared 2-core machine).")
    print(f"Targets at {hi}×: throughput ≥ {MIN_RATIO:.0%} of the control's, bytes ≤ {MAX_BYTES_GROWTH}× those at "
          f"{lo}×, statements unchanged, budget pages' SQL ≤ {MAX_BUDGET_SQL_GROWTH:.0f}× its time at {lo}×. {missed} of {len(keys) - len(no_access)} rows miss at least one.")
    exports_table(folder, lo, hi)
    if no_access:
        print()
        print("Not measured (the role has no access, or is sent elsewhere): " + "; ".join(no_access) + ".")


if __name__ == "__main__":
    main(sys.argv[1])
