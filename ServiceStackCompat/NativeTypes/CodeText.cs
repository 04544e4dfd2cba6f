using System.Text;
using ServiceStackCompat;
using ServiceStackCompat.Metadata;

namespace ServiceStackCompat.NativeTypes;

/// <summary>Annotation and naming text the generators share.</summary>
internal static class CodeText
{
    /// <summary>ApiMember's arguments as ServiceStack writes them: set ones only, by name.</summary>
    public static string ApiMemberArgs(ApiMemberAttribute member, string assign = "=", Func<string, string>? quote = null)
    {
        quote ??= Quote;
        var args = new List<string>();
        if (member.DataType is not null) args.Add($"DataType{assign}{quote(member.DataType)}");
        if (member.Description is not null) args.Add($"Description{assign}{quote(member.Description)}");
        if (member.ExcludeInSchema) args.Add($"ExcludeInSchema{assign}true");
        if (member.IsRequired) args.Add($"IsRequired{assign}true");
        if (member.Name is not null) args.Add($"Name{assign}{quote(member.Name)}");
        if (member.ParameterType is not null) args.Add($"ParameterType{assign}{quote(member.ParameterType)}");
        if (member.Route is not null) args.Add($"Route{assign}{quote(member.Route)}");
        if (member.Verb is not null) args.Add($"Verb{assign}{quote(member.Verb)}");
        return string.Join(", ", args);
    }

    /// <summary>Route("/path", "POST") arguments; the verbs are left out when the route answers every verb.</summary>
    public static string RouteArgs(RouteModel route, Func<string, string>? quote = null)
    {
        quote ??= Quote;
        return route.Verbs is null ? quote(route.Path) : $"{quote(route.Path)}, {quote(string.Join(",", route.Verbs))}";
    }

    /// <summary>Route(Path="/path", Verbs="POST") as the Java and Kotlin clients declare it.</summary>
    public static string NamedRouteArgs(RouteModel route) =>
        route.Verbs is null ? $"Path={Quote(route.Path)}" : $"Path={Quote(route.Path)}, Verbs={Quote(string.Join(",", route.Verbs))}";

    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string VbQuote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    public static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name
        : name.Length > 1 && name.All(c => !char.IsLower(c)) ? name.ToLowerInvariant()
        : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>PrimaryDomain → primary_domain.</summary>
    public static string SnakeCase(string name)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextLower = i > 0 && i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]);
                if (previousLower || nextLower) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>A comment block's lines ("///" or " *" etc.) for a description that may span lines.</summary>
    public static IEnumerable<string> Lines(string text) => text.Replace("\r\n", "\n").Split('\n');
}
