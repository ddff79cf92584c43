"""Writes samples/yunque-tickets.csv: the POC tickets of the fictional Chinese
RTC vendor 云雀通信 (Yunque), as its help desk exports them — Chinese headers,
priorities and statuses, `2026/10/12 02:13` times in Beijing time, GB18030
(what Chinese Excel saves), CRLF line ends. Deterministic: no randomness."""

import datetime
import pathlib

HEADER = ["工单编号", "标题", "创建时间", "首次响应时间", "解决时间", "优先级", "状态", "转派次数", "重开次数"]

# (opened, minutes to first response or None, minutes to resolution or None, priority, status, hand-offs, reopens)
# Drills: P0 at night answered in 8–14 min; P1 within the hour; P2/P3 on working hours.
TICKETS = [
    ("2026/10/09 02:13", 9, 170, "紧急", "已解决", 0, 0),
    ("2026/10/09 10:05", 35, 600, "高", "已解决", 1, 0),
    ("2026/10/09 15:40", 110, 1500, "中", "已解决", 0, 0),
    ("2026/10/10 03:22", 11, 240, "紧急", "已解决", 1, 0),
    ("2026/10/10 09:30", 44, 900, "高", "已解决", 0, 1),
    ("2026/10/10 11:15", 150, None, "中", "已关闭", 0, 0),
    ("2026/10/10 16:50", 300, 2600, "低", "已解决", 0, 0),
    ("2026/10/11 01:05", 8, 130, "紧急", "已解决", 0, 0),
    ("2026/10/11 10:20", 52, 1300, "高", "已解决", 1, 0),
    ("2026/10/11 14:00", 95, 2000, "中", "已解决", 0, 0),
    ("2026/10/12 02:13", 14, 260, "紧急", "已解决", 1, 0),
    ("2026/10/12 09:45", 38, None, "高", "处理中", 1, 0),
    ("2026/10/12 13:30", 180, 3100, "中", "已解决", 2, 0),
    ("2026/10/12 17:10", 420, None, "低", "待客户回复", 0, 0),
    ("2026/10/13 04:40", 10, 200, "紧急", "已解决", 0, 0),
    ("2026/10/13 10:10", 47, 1000, "高", "已解决", 0, 0),
    ("2026/10/13 15:25", 130, None, "中", "已关闭", 1, 0),
    ("2026/10/14 02:55", 12, 310, "紧急", "已解决", 0, 1),
    ("2026/10/14 11:00", 29, 700, "高", "已解决", 0, 0),
    ("2026/10/14 16:45", 210, 2900, "中", "已解决", 0, 0),
    ("2026/10/15 09:05", 60, None, "中", "处理中", 1, 0),
    ("2026/10/15 13:50", 360, 4000, "低", "已解决", 0, 0),
    ("2026/10/16 03:30", 9, 190, "紧急", "已解决", 0, 0),
    ("2026/10/16 10:40", 41, 1100, "高", "已解决", 1, 0),
    ("2026/10/16 14:15", 140, 2300, "中", "已解决", 0, 0),
    ("2026/10/17 09:20", 75, None, "中", "待客户回复", 0, 0),
    ("2026/10/17 15:30", 480, 3600, "低", "已解决", 0, 0),
    ("2026/10/18 01:45", 13, 280, "紧急", "已解决", 1, 0),
]


def at(opened, minutes):
    if minutes is None:
        return ""
    time = datetime.datetime.strptime(opened, "%Y/%m/%d %H:%M") + datetime.timedelta(minutes=minutes)
    return time.strftime("%Y/%m/%d %H:%M")


def main():
    lines = [",".join(HEADER)]
    for number, (opened, first, resolved, priority, status, handoffs, reopens) in enumerate(TICKETS, 1):
        title = f"POC 演练工单 {number}"
        cells = [f"YQ-{2600 + number}", title, opened, at(opened, first), at(opened, resolved), priority, status, str(handoffs), str(reopens)]
        lines.append(",".join(cells))
    path = pathlib.Path(__file__).resolve().parent.parent / "samples" / "yunque-tickets.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))


if __name__ == "__main__":
    main()
