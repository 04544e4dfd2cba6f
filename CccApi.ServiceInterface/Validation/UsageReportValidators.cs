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

/// <summary>StartPeriod required; EndPeriod, when given, not before it; at most <see cref="UserCountReport.MaxMonths"/> months.</summary>
internal sealed class UserCountReportRules<T> : AbstractValidator<T> where T : IUserCountReportRequest
{
    public UserCountReportRules(TimeProvider time)
    {
        RuleFor(x => x.StartPeriod).NotNull();
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
