# The chronicle's sentences, the rules' dates and refusals (src/rules): read by the window,
# the command line and the reports alike.
