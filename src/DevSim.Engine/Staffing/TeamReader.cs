using DevSim.Engine.Input;
using DevSim.Engine.Scenarios;
using YamlDotNet.RepresentationModel;

namespace DevSim.Engine.Staffing;

/// <summary>
/// Reads team files (YAML or JSON): skills, tasks with required levels, people with abilities, and
/// optionally a publication's printed values. Every problem is reported at once with its line;
/// unknown keys are problems too.
/// </summary>
public static class TeamReader
{
    private static readonly string[] TopKeys = ["name", "skills", "tasks", "people", "published"];
    private static readonly string[] PublishedKeys =
        ["source", "fdm", "ranks", "average-rank", "ability-order", "difficulty", "distance", "assignment", "leader", "standard-value", "edges", "normal-ranges"];

    /// <summary>The lowest and highest level of the 1-5 scale.</summary>
    public const int MinLevel = 1, MaxLevel = 5;

    /// <summary>Parses team text (the runner reads the file); <paramref name="source"/> names it in messages. Throws <see cref="TeamFileException"/> naming the line and key of every problem.</summary>
    public static Team Parse(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = YamlText.LoadRoot(text, "name, skills, tasks and people", out var syntax)
            ?? throw new TeamFileException(source, [syntax!]);
        var walker = new Walker();
        var team = walker.Read(root);
        if (walker.Problems.Count > 0 || team is null)
            throw new TeamFileException(source, [.. walker.Problems.OrderBy(p => p.Line ?? int.MaxValue)]);
        return team;
    }

    private sealed class Walker : YamlFields
    {
        public Team? Read(YamlMappingNode root)
        {
            UnknownKeys(root, TopKeys, "");
            var name = Scalar(root, "name", "name", required: true);
            var skills = Entries(root, "skills", ["id", "name"], (entry, key) =>
                new TeamSkill(Scalar(entry, "id", $"{key}, id", required: true) ?? "", Scalar(entry, "name", $"{key}, name", required: false) ?? ""));
            var tasks = Entries(root, "tasks", ["id", "name", "requires"], (entry, key) =>
                new TeamTask(Scalar(entry, "id", $"{key}, id", required: true) ?? "", Scalar(entry, "name", $"{key}, name", required: false) ?? "",
                    Levels(entry, "requires", $"{key}, requires", skills)));
            var people = Entries(root, "people", ["id", "name", "abilities"], (entry, key) =>
                new TeamMember(Scalar(entry, "id", $"{key}, id", required: true) ?? "", Scalar(entry, "name", $"{key}, name", required: false) ?? "",
                    Levels(entry, "abilities", $"{key}, abilities", skills)));
            Unique("skills", skills.Select(s => s.Id), root);
            Unique("tasks", tasks.Select(t => t.Id), root);
            Unique("people", people.Select(p => p.Id), root);
            if (tasks.Count > people.Count && people.Count > 0)
                Problem("tasks", $"{tasks.Count} tasks but {people.Count} people: the method gives each task its own person", root);
            PublishedStaffing? published = null;
            if (Child(root, "published", "published") is { } node)
            {
                if (node is YamlMappingNode mapping)
                    published = ReadPublished(mapping, tasks, people);
                else
                    Problem("published", "must be a mapping of printed tables", node);
            }
            return name is null ? null : new Team(name, skills, tasks, people, published);
        }

        private List<T> Entries<T>(YamlMappingNode root, string key, string[] keys, Func<YamlMappingNode, string, T> read)
        {
            var shape = $"{{ {string.Join(", ", keys)} }}";
            var result = new List<T>();
            var node = Child(root, key, key);
            if (node is not YamlSequenceNode list || list.Children.Count == 0)
            {
                Problem(key, $"missing or empty: a list of {shape}", node ?? root);
                return result;
            }
            var entry = 0;
            foreach (var item in list)
            {
                var entryKey = $"{key}, entry {++entry}";
                if (item is YamlMappingNode mapping)
                {
                    Note(entryKey, mapping);
                    UnknownKeys(mapping, keys, entryKey + ", ");
                    result.Add(read(mapping, entryKey));
                }
                else
                {
                    Problem(entryKey, $"must be a mapping {shape}", item);
                }
            }
            return result;
        }

        private int[] Levels(YamlMappingNode entry, string name, string key, List<TeamSkill> skills)
        {
            var node = Child(entry, name, key);
            if (node is not YamlSequenceNode list)
            {
                Problem(key, $"missing: a list of {skills.Count} levels ({MinLevel} to {MaxLevel}), one per skill", node ?? entry);
                return [];
            }
            if (list.Children.Count != skills.Count)
            {
                Problem(key, $"has {list.Children.Count} levels but the file lists {skills.Count} skills", list);
                return [];
            }
            var levels = new int[list.Children.Count];
            for (var k = 0; k < levels.Length; k++)
            {
                var skillKey = $"{key}, {skills[k].Id}";
                if (ToInteger(list.Children[k], skillKey) is not { } level)
                    continue;
                if (level is < MinLevel or > MaxLevel)
                    Problem(skillKey, $"{level} is outside the scale {MinLevel} to {MaxLevel}", list.Children[k]);
                levels[k] = level;
            }
            return levels;
        }

        private void Unique(string key, IEnumerable<string> ids, YamlNode at)
        {
            foreach (var id in ids.Where(i => i.Length > 0).GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
                Problem(key, $"id '{id.Key}' appears {id.Count()} times", at);
        }

        private PublishedStaffing ReadPublished(YamlMappingNode node, List<TeamTask> tasks, List<TeamMember> people)
        {
            UnknownKeys(node, PublishedKeys, "published.");
            var personIds = people.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            var taskIds = tasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            Dictionary<string, string>? assignment = null;
            if (Child(node, "assignment", "published.assignment") is { } a)
            {
                assignment = new Dictionary<string, string>(StringComparer.Ordinal);
                if (a is not YamlMappingNode map)
                {
                    Problem("published.assignment", "must map task ids to person ids", a);
                }
                else
                {
                    foreach (var (k, v) in map.Children)
                    {
                        var task = (k as YamlScalarNode)?.Value ?? "";
                        var person = (v as YamlScalarNode)?.Value ?? "";
                        if (!taskIds.Contains(task))
                            Problem($"published.assignment, {task}", "is not a task id", k);
                        else if (!personIds.Contains(person))
                            Problem($"published.assignment, {task}", $"'{person}' is not a person id", v);
                        else
                            assignment[task] = person;
                    }
                }
            }
            var leader = Scalar(node, "leader", "published.leader", required: false);
            if (leader is not null && !personIds.Contains(leader))
                Problem("published.leader", $"'{leader}' is not a person id", node);
            var order = Child(node, "ability-order", "published.ability-order") is { } o ? Strings(o, "published.ability-order") : null;
            if (order is not null && (order.Count != people.Count || !order.ToHashSet(StringComparer.Ordinal).SetEquals(personIds)))
                Problem("published.ability-order", "must list every person id once", node);
            return new PublishedStaffing
            {
                Source = Scalar(node, "source", "published.source", required: false),
                Fdm = IntMatrix(node, "fdm", tasks.Count, people.Count),
                Ranks = IntMatrix(node, "ranks", tasks.Count, people.Count),
                AverageRank = NumberList(node, "average-rank", people.Count),
                AbilityOrder = order,
                Difficulty = NumberList(node, "difficulty", tasks.Count)?.Select(d => (int)Math.Round(d)).ToList(),
                Distance = IntMatrix(node, "distance", tasks.Count, people.Count),
                Assignment = assignment,
                Leader = leader,
                StandardValue = Integer(node, "standard-value", "published.standard-value"),
                Edges = Integer(node, "edges", "published.edges"),
                NormalRanges = Ranges(node),
            };
        }

        private List<string>? Strings(YamlNode node, string key)
        {
            if (node is YamlSequenceNode list && list.Children.All(c => c is YamlScalarNode))
                return [.. list.Children.Select(c => ((YamlScalarNode)c).Value ?? "")];
            Problem(key, "must be a list of ids", node);
            return null;
        }

        private List<double>? NumberList(YamlMappingNode parent, string name, int length)
        {
            var key = $"published.{name}";
            if (Child(parent, name, key) is not { } node)
                return null;
            if (node is not YamlSequenceNode list || list.Children.Count != length)
            {
                Problem(key, $"must be a list of {length} numbers", node);
                return null;
            }
            var values = list.Children.Select((c, i) => ToNumber(c, $"{key}, position {i + 1}")).ToList();
            return values.Any(v => v is null) ? null : [.. values.Select(v => v!.Value)];
        }

        private List<IReadOnlyList<int>>? IntMatrix(YamlMappingNode parent, string name, int rows, int columns)
        {
            var key = $"published.{name}";
            if (Child(parent, name, key) is not { } node)
                return null;
            if (node is not YamlSequenceNode list || list.Children.Count != rows
                || list.Children.Any(r => r is not YamlSequenceNode row || row.Children.Count != columns))
            {
                Problem(key, $"must be {rows} rows (tasks) of {columns} whole numbers (people)", node);
                return null;
            }
            var matrix = new List<IReadOnlyList<int>>();
            var ok = true;
            for (var r = 0; r < rows; r++)
            {
                var row = (YamlSequenceNode)list.Children[r];
                var values = row.Children.Select((c, j) => ToInteger(c, $"{key}, row {r + 1}, column {j + 1}")).ToList();
                ok &= values.All(v => v is not null);
                matrix.Add([.. values.Select(v => v ?? 0)]);
            }
            return ok ? matrix : null;
        }

        private List<PublishedRange>? Ranges(YamlMappingNode parent)
        {
            const string key = "published.normal-ranges";
            if (Child(parent, "normal-ranges", key) is not { } node)
                return null;
            if (node is not YamlSequenceNode list)
            {
                Problem(key, "must be a list of { where, from, to }", node);
                return null;
            }
            var ranges = new List<PublishedRange>();
            var entry = 0;
            foreach (var item in list)
            {
                var entryKey = $"{key}, entry {++entry}";
                if (item is not YamlMappingNode m)
                {
                    Problem(entryKey, "must be a mapping { where, from, to }", item);
                    continue;
                }
                UnknownKeys(m, ["where", "from", "to"], entryKey + ", ");
                var where = Scalar(m, "where", $"{entryKey}, where", required: false) ?? $"range {entry}";
                var from = Integer(m, "from", $"{entryKey}, from");
                var to = Integer(m, "to", $"{entryKey}, to");
                if (from is null || to is null)
                    Problem(entryKey, "needs from and to", m);
                else
                    ranges.Add(new PublishedRange(where, from.Value, to.Value));
            }
            return ranges;
        }
    }
}
