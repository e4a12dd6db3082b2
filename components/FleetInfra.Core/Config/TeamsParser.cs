using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FleetInfra.Core.Diagnostics;
using FleetInfra.Core.Intents;
using FleetInfra.Core.Naming;
using FleetInfra.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace FleetInfra.Core.Config;

/// <summary>
/// Reads <c>fleet:teams</c>: <c>[ { name, apps, members: { eksRoleArns, googleGroups, googleUsers }, budget: { cpu, memory, pods }, viewOtherApps } ]</c>.
/// Whether each listed app exists, and whether every app has an owner, is checked by the planner, which knows the apps.
/// </summary>
internal static partial class TeamsParser
{
    private const string Example = "[ { name: shop, apps: [storefront], members: { eksRoleArns: [...], googleGroups: [...] } } ]";

    public static ImmutableArray<TeamConfig> Read(YamlReader reader, YamlNode node, string path)
    {
        if (reader.Sequence(node, path, Example) is not { } sequence)
        {
            return [];
        }

        if (sequence.Children.Count == 0)
        {
            reader.Error(sequence, path, "is empty; define at least one team, like { name: shop, apps: [storefront] }, or remove fleet:teams");
            return [];
        }

        var teams = new List<TeamConfig>();
        var owners = new Dictionary<string, (string TeamName, SourceLocation Source)>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (ReadTeam(reader, sequence.Children[i], $"{path}[{i}]", teams, owners) is { } team)
            {
                teams.Add(team);
            }
        }

        return [.. teams];
    }

    private static TeamConfig? ReadTeam(
        YamlReader reader, YamlNode node, string path, List<TeamConfig> teams,
        Dictionary<string, (string TeamName, SourceLocation Source)> owners)
    {
        if (reader.Mapping(node, path, "{ name: shop, apps: [storefront], members: { eksRoleArns: [...] } }") is not { } map)
        {
            return null;
        }

        // A team with a broken field is still returned (its errors stop the plan anyway), so that the apps it lists do
        // not also show up as apps without an owner.
        var fields = reader.Fields(map, path, StackKeys.Team);
        string? name = null;
        if (fields["name"] is not { } nameNode)
        {
            reader.Error(map, $"{path}.name", "is missing; name the team, like shop");
        }
        else if (reader.String(nameNode, $"{path}.name", "a team name like shop") is { } text)
        {
            name = text;
            if (!KubernetesNames.IsDnsLabel(text))
            {
                reader.Error(nameNode, $"{path}.name", $"'{text}' is not a valid team name (it names RoleBindings and a Kubernetes group); rename it to '{Suggestions.ToDnsLabel(text)}'");
            }
            else if (teams.Find(t => t.Name == text) is { } existing)
            {
                reader.Error(nameNode, $"{path}.name", $"team '{text}' is declared twice (first at line {existing.Source.Line}); give each team its own name or merge them");
            }
        }

        var owner = name ?? $"#{teams.Count + 1}";
        var apps = new List<AppReference>();
        if (fields["apps"] is not { } appsNode)
        {
            reader.Error(map, $"{path}.apps", "is missing; list the apps the team owns, like [storefront]");
        }
        else
        {
            var listed = reader.StringList(appsNode, $"{path}.apps", "an app name");
            if (listed.Count == 0 && appsNode is YamlSequenceNode)
            {
                reader.Error(appsNode, $"{path}.apps", "is empty; a team owns at least one app");
            }

            foreach (var (app, appNode) in listed)
            {
                var source = reader.At(appNode);
                if (owners.TryGetValue(app, out var first))
                {
                    reader.Error(appNode, $"{path}.apps",
                        first.TeamName == owner
                            ? $"'{app}' is listed twice (first at line {first.Source.Line}); remove one"
                            : $"app '{app}' is already owned by team '{first.TeamName}' (line {first.Source.Line}); an app has exactly one owner, remove it from one team");
                    continue;
                }

                owners[app] = (owner, source);
                apps.Add(new AppReference(app, source));
            }
        }

        var members = fields["members"] is { } membersNode ? ReadMembers(reader, membersNode, $"{path}.members") : TeamMembers.None;
        var budget = fields["budget"] is { } budgetNode ? ReadBudget(reader, budgetNode, $"{path}.budget") : null;
        var viewOtherApps = fields["viewOtherApps"] is { } viewNode && reader.Boolean(viewNode, $"{path}.viewOtherApps") == true;
        return new TeamConfig
        {
            Name = name ?? string.Empty,
            Apps = [.. apps.OrderBy(a => a.Name, StringComparer.Ordinal)],
            Members = members,
            Budget = budget,
            ViewOtherApps = viewOtherApps,
            Path = path,
            Source = reader.At(map),
        };
    }

    private static TeamMembers ReadMembers(YamlReader reader, YamlNode node, string path)
    {
        if (reader.Mapping(node, path, "{ eksRoleArns: [arn:aws:iam::123456789012:role/shop], googleGroups: [shop@example.com], googleUsers: [ana@example.com] }") is not { } map)
        {
            return TeamMembers.None;
        }

        var fields = reader.Fields(map, path, StackKeys.TeamMembers);
        ImmutableArray<string> Matching(string key, Func<string, bool> isValid, string what, string example)
        {
            if (fields[key] is not { } listNode)
            {
                return [];
            }

            var values = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (value, itemNode) in reader.StringList(listNode, $"{path}.{key}", what))
            {
                if (!isValid(value))
                {
                    reader.Error(itemNode, $"{path}.{key}", $"'{value}' is not {what}; write it like {example}");
                }
                else if (!values.Add(value))
                {
                    reader.Error(itemNode, $"{path}.{key}", $"'{value}' is listed twice; remove one");
                }
            }

            return [.. values];
        }

        return new TeamMembers
        {
            EksRoleArns = Matching("eksRoleArns", StackConfigParser.IsRoleArn, "an IAM role ARN", "arn:aws:iam::123456789012:role/shop-developers"),
            GoogleGroups = Matching("googleGroups", IsEmail, "a Google group email", "shop-developers@example.com"),
            GoogleUsers = Matching("googleUsers", IsEmail, "a Google account email", "ana@example.com"),
        };
    }

    internal static TeamBudget? ReadBudget(YamlReader reader, YamlNode node, string path)
    {
        if (reader.Mapping(node, path, "{ cpu: \"8\", memory: 16Gi, pods: 50 }") is not { } map)
        {
            return null;
        }

        var fields = reader.Fields(map, path, StackKeys.TeamBudget);
        if (!StackKeys.TeamBudget.Any(fields.Contains))
        {
            reader.Error(map, path, "sets nothing; set cpu, memory or pods, like { cpu: \"8\", memory: 16Gi, pods: 50 }, or remove budget");
            return null;
        }

        return new TeamBudget
        {
            Cpu = fields["cpu"] is { } cpuNode ? reader.Cpu(cpuNode, $"{path}.cpu", TeamBudget.MaxMillicores) : null,
            Memory = fields["memory"] is { } memoryNode ? reader.Memory(memoryNode, $"{path}.memory", TeamBudget.MaxBytes) : null,
            Pods = fields["pods"] is { } podsNode ? reader.Integer(podsNode, $"{path}.pods", 1, TeamBudget.MaxPods, "the number of pods") : null,
            Source = reader.At(map),
        };
    }

    private static bool IsEmail(string value) => value.Length <= 254 && EmailPattern().IsMatch(value);

    [GeneratedRegex(Schema.ValuePatterns.Email, RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
