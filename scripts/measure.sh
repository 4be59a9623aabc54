#!/usr/bin/env bash
# Measures the game against an empty bevy_egui window with the same features, under Xvfb
# with Mesa's software renderer: time to the first frame, CPU use over 10 s of waiting for
# input, peak memory, and frame times while a chat message animates.
# Needs: xvfb, xauth, mesa-vulkan-drivers, libvulkan1. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin respect-online --example empty_window
target="${CARGO_TARGET_DIR:-target}/release"
game="$target/respect-online"
empty="$target/examples/empty_window"
data="$(mktemp -d)"
ticks=$(getconf CLK_TCK)

# idle_run NAME COMMAND...: prints "first_ms cpu_percent peak_mib".
idle_run() {
    local out; out="$(mktemp)"
    "$@" > "$out" 2>/dev/null &
    local pid=$!
    for _ in $(seq 100); do grep -q first-frame-ms "$out" && break; sleep 0.1; done
    local first; first="$(awk '/first-frame-ms/ {print $2}' "$out")"
    sleep 3 # let start-up work finish
    local t0 t1
    t0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    sleep 10
    t1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    local peak; peak=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -f "$out"
    local cpu; cpu=$(awk -v a="$t0" -v b="$t1" -v hz="$ticks" 'BEGIN {printf "%.2f", (b - a) / hz / 10 * 100}')
    echo "$first $cpu $peak"
}

# One virtual display for all runs.
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null; rm -rf "$data"' EXIT
export DISPLAY="$display"
sleep 1

read -r g_first g_cpu g_peak < <(idle_run "$game" --data-dir "$data" --measure idle)
read -r e_first e_cpu e_peak < <(idle_run "$empty" --measure idle)
g_frames=$("$game" --data-dir "$data/frames" --measure frames 2>/dev/null | sed -n 's/^frame-ms: //p')
e_frames=$("$empty" --measure frames 2>/dev/null | sed -n 's/^frame-ms: //p')

echo "| | game | empty bevy_egui window |"
echo "| --- | --- | --- |"
echo "| time to first frame | ${g_first} ms | ${e_first} ms |"
echo "| CPU while waiting for input (10 s) | ${g_cpu} % of a core | ${e_cpu} % of a core |"
echo "| peak memory (VmHWM) | ${g_peak} MiB | ${e_peak} MiB |"
echo "| frame time, frames back to back (game: a message animating) | ${g_frames} | ${e_frames} |"
