#!/bin/sh
# MiniBrowser as WebKitWebDriver starts it for a session (webkit.ts gives this as the binary), with
# its output and how it ended kept: its stderr (its web and network processes' too: « WebProcess
# CRASHED ») and a line when it starts and ends go to $VT_BROWSER_LOG, which a lost session's
# record quotes (webkit-lost.ts).
#
# The driver kills this script by its pid when the browser's connection drops, as fast as a shell
# waiting for MiniBrowser would write its end: so a watcher of its own runs MiniBrowser and writes
# it. setpriv's parent-death signal tells the watcher when this script is killed, and the watcher
# then ends MiniBrowser (said so), as the driver meant.
setpriv --pdeathsig TERM -- sh -c '
  "$VT_MINIBROWSER" "$@" 2>>"$VT_BROWSER_LOG" &
  browser=$!
  killed=""
  trap "killed=yes; kill -KILL $browser" TERM
  echo "MiniBrowser $browser started" >>"$VT_BROWSER_LOG"
  # A wait the trap interrupts returns early: waited again until MiniBrowser is gone.
  while :; do
    wait "$browser"
    status=$?
    kill -0 "$browser" 2>/dev/null || break
  done
  if [ -n "$killed" ]; then
    echo "MiniBrowser $browser killed: its driver ended the session" >>"$VT_BROWSER_LOG"
  elif [ "$status" -gt 128 ]; then
    echo "MiniBrowser $browser ended by signal $((status - 128)) (SIG$(kill -l "$((status - 128))"))" >>"$VT_BROWSER_LOG"
  else
    echo "MiniBrowser $browser exited $status" >>"$VT_BROWSER_LOG"
  fi
  exit "$status"
' sh "$@" &
wait "$!"
