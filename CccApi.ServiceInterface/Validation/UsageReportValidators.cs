using CccApi.ServiceInterface.Rules;
using CccApi.ServiceInterface.Usage;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class GetServicesUsageValidator : AbstractValidator<GetServicesUsage>
{
    public GetServicesUsageValidator()
    {
        Include(new PagingRules<GetServicesUsage>());
        RuleFor(x => x.PeriodType).IsInEnum();
    }
}

public sealed class GetResellerServiceUsageValidator : AbstractValidator<GetResellerServiceUsage>
{
    public GetResellerServiceUsageValidator() => Include(new PagingRules<GetResellerServiceUsage>());
}

public sealed class GetServiceUsersUsageValidator : AbstractValidator<GetServiceUsersUsage>
{
    public GetServiceUsersUsageValidator()
    {
        Include(new PagingRules<GetServiceUsersUsage>());
        RuleFor(x => x.PeriodType).IsInEnum();
        RuleFor(x => x.UserStatus).IsInEnum();
        RuleFor(x => x.UserGroupType).IsInEnum();
    }
}

public sealed class GetServiceUserUsageValidator : AbstractValidator<GetServiceUserUsage>
{
    public GetServiceUserUsageValidator() => RuleFor(x => x.PeriodType).IsInEnum();
}

public sealed class GetPartnerServiceUserCountReportValidator : AbstractValidator<GetPartnerServiceUserCountReport>
{
    public GetPartnerServiceUserCountReportValidator(TimeProvider time)
    {
        // PageSize's first failure only (too long, a control character, not a whole number in range), as PagingTextRules answers.
        RuleLevelCascadeMode = CascadeMode.Stop;
        Include(new UserCountReportRules<GetPartnerServiceUserCountReport>(time));
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        // The partner's page types PageSize String: a whole number in the range of every other page size.
        RuleFor(x => x.PageSize).WholePageSize().When(x => !string.IsNullOrEmpty(x.PageSize));
    }
}

public sealed class GetResellerServiceUserCountReportValidator : AbstractValidator<GetResellerServiceUserCountReport>
{
    public GetResellerServiceUserCountReportValidator(TimeProvider time)
    {
        Include(new UserCountReportRules<GetResellerServiceUserCountReport>(time));
        Include(new PagingRules<GetResellerServiceUserCountReport>());
    }
}

/// <summary>
/// StartPeriod required; EndPeriod not before it, when given, and StartPeriod not after this month when EndPeriod is left
/// out (it then defaults to today); at most <see cref="UserCountReport.MaxMonths"/> months.
/// </summary>
internal sealed class UserCountReportRules<T> : AbstractValidator<T> where T : IUserCountReportRequest
{
    public UserCountReportRules(TimeProvider time)
    {
        RuleFor(x => x.StartPeriod).NotNull();
        RuleFor(x => x.StartPeriod)
            .Must(start => UsagePeriods.MonthOf(start!.Value) <= UsagePeriods.MonthOf(time.GetUtcNow().UtcDateTime))
            .When(x => x.StartPeriod is not null && x.EndPeriod is null)
            .WithErrorCode("LessThanOrEqual")
            .WithMessage("'Start Period' must not be after this month when 'End Period' is left out (it defaults to today).");
        RuleFor(x => x.EndPeriod)
            .Must((request, end) => UsagePeriods.MonthOf(end!.Value) >= UsagePeriods.MonthOf(request.StartPeriod!.Value))
            .When(x => x.StartPeriod is not null && x.EndPeriod is not null)
            .WithErrorCode("GreaterThanOrEqual")
            .WithMessage("'End Period' must not be a month before 'Start Period'.");
        RuleFor(x => x.EndPeriod)
            .Must((request, end) => UserCountReport.MonthCount(UsagePeriods.MonthOf(request.StartPeriod!.Value), UsagePeriods.MonthOf(end ?? time.GetUtcNow().UtcDateTime)) <= UserCountReport.MaxMonths)
            .When(x => x.StartPeriod is not null)
            .WithErrorCode("LessThanOrEqual")
            .WithMessage($"A report covers at most {UserCountReport.MaxMonths} months from 'Start Period' to 'End Period'.");
    }
}
