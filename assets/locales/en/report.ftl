# The debrief and class reports (src/report).
