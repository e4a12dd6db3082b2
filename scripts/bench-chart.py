#!/usr/bin/env python3
"""Draws docs/performance.png from scripts/bench's CSV: wall time and peak memory against clusters x apps."""
import csv
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main(csv_path: str, png_path: str) -> None:
    with open(csv_path, newline="") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: int(r["clusters"]) * int(r["apps"]))
    apps = [int(r["clusters"]) * int(r["apps"]) for r in rows]
    wall = [float(r["wall_s"]) for r in rows]
    cpu = [float(r["user_s"]) + float(r["sys_s"]) for r in rows]
    rss = [int(r["peak_rss_mb"]) for r in rows]
    labels = [r["size"] for r in rows]

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    left.plot(apps, wall, "o-", label="wall time (2 cores)")
    left.plot(apps, cpu, "s--", label="CPU time (user + sys)")
    left.axhline(15, color="tab:red", linestyle=":", label="target: 100 x 1,000 < 15 s")
    left.set_xlabel("clusters x apps (rendered app files)")
    left.set_ylabel("seconds")
    left.set_title("fleet render: time")
    right.plot(apps, rss, "o-", color="tab:green", label="peak RSS")
    right.axhline(500, color="tab:red", linestyle=":", label="target: < 500 MB")
    right.set_xlabel("clusters x apps (rendered app files)")
    right.set_ylabel("MB")
    right.set_ylim(bottom=0)
    right.set_title("fleet render: peak memory")
    for axis, values in ((left, wall), (right, rss)):
        for x, y, label in zip(apps, values, labels):
            axis.annotate(label, (x, y), textcoords="offset points", xytext=(4, 6), fontsize=7)
        axis.grid(alpha=0.3)
        axis.legend(fontsize=8, loc="upper left")
    fig.suptitle("reference workload, whole process, 2-core VM shared with other work (wall times inflated)", fontsize=9)
    fig.tight_layout()
    fig.savefig(png_path, dpi=110)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
