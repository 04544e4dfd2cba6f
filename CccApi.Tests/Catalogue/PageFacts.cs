using CccApi.Tests.Metadata;

namespace CccApi.Tests.Catalogue;

/// <summary>One row of a table on an original operation page, written down from the page.</summary>
public sealed record PageRow(string Name, string Parameter, string DataType, bool Required, string Description = "", params string[] AllowableValues)
{
    /// <summary>The row as the page's text shows it, then its "Allowable Values" list when it has one.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"{Name} {Parameter} {DataType} {(Required ? "Yes" : "No")} {Description}";
        if (AllowableValues.Length == 0) yield break;
        yield return "Allowable Values";
        foreach (var value in AllowableValues) yield return value;
    }
}

/// <summary>A "{Type} Parameters:" table of an operation page.</summary>
public sealed record PageTable(string TypeName, params PageRow[] Rows)
{
    public IEnumerable<string> Lines() =>
        new[] { $"{TypeName} Parameters:", "Name Parameter Data Type Required Description" }.Concat(Rows.SelectMany(r => r.Lines()));
}

/// <summary>
/// What an original operation page shows, written down from it: the routes with their verbs and summary, and
/// every table in the page's order (request, response, BaseResponse, nested types).
/// </summary>
public sealed record PageFacts(string Operation, string[] RouteLines, params PageTable[] Tables)
{
    public override string ToString() => Operation;

    /// <summary>The page's text from the first table to the end of the last, whitespace removed.</summary>
    public string TablesText() => string.Concat(Tables.SelectMany(t => t.Lines()).Select(PageText.Normalize));

    /// <summary>The same part of a rendered page: from the first "Parameters:" heading to the content-type note.</summary>
    public static string TablesText(IReadOnlyList<string> pageLines)
    {
        var lines = pageLines.Select(l => l.Trim()).ToList();
        var first = lines.FindIndex(l => l.EndsWith(" Parameters:", StringComparison.Ordinal));
        var end = lines.FindIndex(l => l.StartsWith("To override the Content-type", StringComparison.Ordinal));
        if (first < 0 || end < first) return "";
        return string.Concat(lines.Skip(first).Take(end - first).Select(PageText.Normalize));
    }

    public static PageTable BaseResponse { get; } = new("BaseResponse", new PageRow("ResponseStatus", "form", "ResponseStatus", false));

    public static PageTable Paged(string typeName, string itemType) => new(typeName,
        new PageRow("PageSize", "body", "Integer", false),
        new PageRow("TotalPages", "body", "Integer", false),
        new PageRow("TotalItems", "body", "Integer", false),
        new PageRow("CurrentPage", "body", "Integer", false),
        new PageRow("Results", "body", $"{itemType}[]", false));

    public static string[] BillingMetrics { get; } =
    [
        "NoMetric", "ProUsersCount", "NumberOfMessagesEntitlement", "NumberOfMessagesOverage",
        "DataTransfer50GbEntitlement", "DataTransferAmountInGbEntitlement", "DataTransferAmountPerUserInGbEntitlement",
        "DataTransferAmountInGbOverage", "MftDataTransfer50GbEntitlement", "MftDataTransferAmountInGbEntitlement",
        "MftDataTransferAmountPerUserInGbEntitlement", "MftDataTransferAmountInGbOverage",
    ];

    public static string[] ActiveDisabled { get; } = ["Active", "Disabled"];
}
