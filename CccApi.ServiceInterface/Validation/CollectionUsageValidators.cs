using CccApi.ServiceInterface.Configuration;
using CccApi.ServiceInterface.Usage;
using CccApi.ServiceModel;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateCollectionKeyValidator : AbstractValidator<CreateCollectionKey>
{
    public const int NameMaxLength = 100;

    public CreateCollectionKeyValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).MaximumLength(NameMaxLength).SingleLine();
    }
}

/// <summary>
/// A usage batch: more than <see cref="UsageReporting.MaxRecordsPerBatch"/> records is refused whole (413
/// TooManyRecords) before anything else; then every record is checked (failures name it, <c>Records[3].Day</c>), and
/// each service, user and UTC day may appear once (400 Duplicate naming the later record). Whether the services and
/// users exist, and belong to the caller's collection, the service checks in its transaction.
/// </summary>
public sealed class ReportCollectionUsageValidator : AbstractValidator<ReportCollectionUsage>
{
    public ReportCollectionUsageValidator(TimeProvider time, IOptions<UsageIntakeSettings> settings)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Records)
            .SetValidator(new BatchSizeValidator<ReportCollectionUsage, List<UsageRecord>?>(UsageReporting.MaxRecordsPerBatch, "TooManyRecords"))
            .NotEmpty();
        RuleForEach(x => x.Records).NotNull().SetValidator(new UsageRecordValidator(time, settings));
        RuleFor(x => x.Records).Custom(EachKeyOnce);
    }

    private static void EachKeyOnce(List<UsageRecord>? records, ValidationContext<ReportCollectionUsage> context)
    {
        if (records is null) return;
        var seen = new Dictionary<(Guid Service, Guid User, DateTime Day), int>();
        for (var i = 0; i < records.Count; i++)
        {
            // A null record or one without a Day has its own failure already.
            if (records[i] is not { Day: { } day } record) continue;
            var key = (record.ServiceGuid, record.UserGuid ?? Guid.Empty, UsagePeriods.DayOf(day));
            if (seen.TryAdd(key, i)) continue;
            context.AddFailure(new FluentValidation.Results.ValidationFailure($"Records[{i}]",
                $"Records[{i}] is for the same service, user and day as Records[{seen[key]}]: a batch reports each at most once.")
            {
                ErrorCode = "Duplicate",
            });
        }
    }
}

/// <summary>
/// One record of a usage batch. Used as a child validator, so its failures are named <c>Records[i].Field</c>; internal
/// so the host does not run it on its own.
/// </summary>
internal sealed class UsageRecordValidator : AbstractValidator<UsageRecord>
{
    public const int ToolbarVersionMaxLength = 50;

    private static readonly string FeatureList = string.Join(", ", UsageReporting.FeatureNames);

    public UsageRecordValidator(TimeProvider time, IOptions<UsageIntakeSettings> settings)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.ServiceGuid).NotEmpty();
        RuleFor(x => x.UserGuid).NotEqual(Guid.Empty).WithErrorCode("NotEmpty")
            .WithMessage("'User Guid' must not be an empty Guid: leave it out for the service's own usage.");
        RuleFor(x => x.Day).NotNull()
            .Must(day => UsagePeriods.DayOf(day!.Value) <= Today(time)).WithErrorCode("LessThanOrEqual")
            .WithMessage(_ => $"'Day' must not be after today ({Today(time):yyyy-MM-dd}, UTC).")
            .Must(day => UsagePeriods.DayOf(day!.Value) >= Today(time).AddDays(-settings.Value.MaxDaysBack)).WithErrorCode("GreaterThanOrEqual")
            .WithMessage(_ => $"'Day' must be at most {settings.Value.MaxDaysBack} days before today ({Today(time):yyyy-MM-dd}, UTC).");
        RuleFor(x => x.MessagesSent).GreaterThanOrEqualTo(0);
        RuleFor(x => x.MessagesReceived).GreaterThanOrEqualTo(0);
        RuleFor(x => x.AttachmentsCount).GreaterThanOrEqualTo(0);
        RuleFor(x => x.AttachmentsSize).GreaterThanOrEqualTo(0);
        RuleFor(x => x.InvitationsSent).GreaterThanOrEqualTo(0);
        RuleFor(x => x.InvitationsAccepted).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Features).MaximumItems(UsageReporting.FeatureNames.Count)
            .Must(features => UnknownFeature(features) is null).WithErrorCode("AllowableValues")
            .WithMessage((_, features) => $"'{UnknownFeature(features)}' is not a feature: 'Features' names only {FeatureList} (in any case).")
            .Must(features => RepeatedFeature(features) is null).WithErrorCode("Duplicate")
            .WithMessage((_, features) => $"'Features' names {RepeatedFeature(features)} twice (names compare in any case).")
            .Must(features => features is null || features.Values.All(count => count >= 0)).WithErrorCode("GreaterThanOrEqual")
            .WithMessage("'Features' counts must be 0 or more.");
        RuleFor(x => x.ToolbarVersion).MaximumLength(ToolbarVersionMaxLength).SingleLine();
    }

    private static DateTime Today(TimeProvider time) => UsagePeriods.DayOf(time.GetUtcNow().UtcDateTime);

    private static string? UnknownFeature(Dictionary<string, int>? features) =>
        features?.Keys.FirstOrDefault(name => !UsageReporting.FeatureNames.Contains(name, StringComparer.OrdinalIgnoreCase));

    private static string? RepeatedFeature(Dictionary<string, int>? features) =>
        features?.Keys.GroupBy(name => name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.Key;
}
