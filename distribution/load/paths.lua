-- Copyright 2026 The Gigatile Authors
-- SPDX-License-Identifier: Apache-2.0
-- wrk: cycles through the paths in the file $PATHS, each thread from its own starting point.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
end
local i = math.random(#paths)
request = function()
    i = i % #paths + 1
    return wrk.format("GET", paths[i])
end
