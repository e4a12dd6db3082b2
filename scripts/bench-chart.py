#!/usr/bin/env python3
"""Draws docs/performance.png from scripts/bench CSV files: time and peak memory against clusters x apps.

    bench-chart.py OUT.png BENCH.csv [MORE.csv ...]

One line per layout and file system found in the files.
"""
import csv
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def placements(row: dict) -> int:
    return int(row["clusters"]) * int(row["apps"])


def main(png_path: str, csv_paths: list[str]) -> None:
    rows = []
    for path in csv_paths:
        with open(path, newline="") as f:
            rows.extend(csv.DictReader(f))
    series = sorted({(r["layout"], r["filesystem"]) for r in rows})
    fig, (left, right) = plt.subplots(1, 2, figsize=(11.5, 4.6))
    for layout, filesystem in series:
        points = sorted(
            (r for r in rows if r["layout"] == layout and r["filesystem"] == filesystem),
            key=lambda r: int(r["clusters"]) * int(r["apps"]),
        )
        # Sizes with up to 100 clusters are joined by a line; the many-cluster shapes (500 x 100, 1,000 x 100)
        # are the hollow markers of the same colour, at the same number of placements as a point on the line.
        many_apps = [r for r in points if int(r["clusters"]) <= 100]
        many_clusters = [r for r in points if int(r["clusters"]) > 100]
        marker = "o" if layout == "cluster" else "s"
        label = f"--layout {layout} on {filesystem}"
        for axis, value in ((left, lambda r: float(r["wall_median_s"])), (right, lambda r: int(r["peak_rss_mb"]))):
            line, = axis.plot([placements(r) for r in many_apps], [value(r) for r in many_apps], f"{marker}-", label=label)
            axis.plot([placements(r) for r in many_clusters], [value(r) for r in many_clusters], marker,
                      markerfacecolor="none", color=line.get_color())
    left.axhline(15, color="tab:red", linestyle="--", linewidth=0.8, label="target: 100 x 1,000 < 15 s")
    left.set_xlabel("clusters x apps (app placements rendered)")
    left.set_ylabel("seconds (median wall time)")
    left.set_title("fleet render: time")
    right.axhline(500, color="tab:red", linestyle="--", linewidth=0.8, label="target: < 500 MB")
    right.set_xlabel("clusters x apps (app placements rendered)")
    right.set_ylabel("MB (peak RSS)")
    right.set_ylim(bottom=0)
    right.set_title("fleet render: peak memory")
    for axis in (left, right):
        axis.grid(alpha=0.3)
        axis.legend(fontsize=7, loc="upper left")
    left.annotate("hollow: 500 x 100 and 1,000 x 100", (0.02, 0.6), xycoords="axes fraction", fontsize=7)
    fig.suptitle("reference workload, whole process, published CLI (ReadyToRun), 2-core VM", fontsize=9)
    fig.tight_layout()
    fig.savefig(png_path, dpi=110)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
