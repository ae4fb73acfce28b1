# The ML Test Score of each session file given as input: per section, the
# sum of the points of its mlts.<section>.* answers (none 0, manual 0.5,
# automated 1; anything else, or no answer, 0), then the lowest section sum.
# $sections: the section ids. Prints one line per file: {"file":..,"final":..}.
def points: if . == "automated" then 1 elif . == "manual" then 0.5 else 0 end;
inputs
| {file: input_filename,
   final: (reduce ((.answers // {}) | to_entries[] | select(.key | startswith("mlts."))) as $e
             ($sections | map({key: ., value: 0}) | from_entries;
              ($e.key | split(".")[1]) as $s
              | if has($s) then .[$s] += ($e.value.value | points) else . end)
           | [.[]] | min)}
