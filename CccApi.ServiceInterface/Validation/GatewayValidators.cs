using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using FluentValidation;

namespace CccApi.ServiceInterface.Validation;

public sealed class CreateGatewayValidator : AbstractValidator<CreateGateway>
{
    public const int NameMaxLength = 100;

    public CreateGatewayValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.GatewayName).NotEmpty().MaximumLength(NameMaxLength).NameText();
    }
}

public sealed class GetGatewaysValidator : AbstractValidator<GetGateways>
{
    public GetGatewaysValidator() => Include(new PagingRules<GetGateways>());
}

public sealed class CreateGatewayKeyValidator : AbstractValidator<CreateGatewayKey>
{
    public CreateGatewayKeyValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).MaximumLength(CreateCollectionKeyValidator.NameMaxLength).SingleLine();
    }
}

public sealed class GetGatewayServiceValidator : AbstractValidator<GetGatewayService>
{
    public GetGatewayServiceValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Domain).ServiceDomain("Domain");
    }
}

/// <summary>The service is named by ServiceGuid, by Domain, or by both.</summary>
public sealed class GetGatewayServiceSettingsValidator : AbstractValidator<GetGatewayServiceSettings>
{
    public GetGatewayServiceSettingsValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.ServiceGuid).NotEmpty().When(x => x.Domain is null)
            .WithMessage("'Service Guid' or 'Domain' must be given.");
        RuleFor(x => x.Domain).ServiceDomain("Domain").When(x => x.Domain is not null);
    }
}

public sealed class SearchGatewayServiceMessageRulesValidator : AbstractValidator<SearchGatewayServiceMessageRules>
{
    public SearchGatewayServiceMessageRulesValidator() => Include(new PagingRules<SearchGatewayServiceMessageRules>());
}

/// <summary>A message rule's fields: MatchExpression must compile as the gateway compiles it (with a match timeout).</summary>
internal static class MessageRuleRules
{
    public static IRuleBuilderOptions<T, string?> MatchExpression<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MessageRuleLimits.MatchExpressionMaxLength)
            .SingleLine()
            .Must(expression => expression is null || MatchExpressions.Problem(expression) is null).WithErrorCode("InvalidRegularExpression")
            .WithMessage((_, expression) => $"'Match Expression' is not a valid regular expression: {MatchExpressions.Problem(expression!)}");

    public static void Apply<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> description,
        System.Linq.Expressions.Expression<Func<T, long?>> cost, System.Linq.Expressions.Expression<Func<T, int?>> checkNextRuleIf,
        System.Linq.Expressions.Expression<Func<T, int?>> position)
    {
        validator.RuleFor(description).MaximumLength(MessageRuleLimits.DescriptionMaxLength).SingleLine();
        validator.RuleFor(cost).GreaterThanOrEqualTo(0);
        validator.RuleFor(checkNextRuleIf)
            .Must(value => value is null || CheckNextRuleConditions.IsDefined(value.Value)).WithErrorCode("InvalidValue")
            .WithMessage($"'Check Next Rule If' must be {CheckNextRuleConditions.Never} (never), {CheckNextRuleConditions.Always} (always), "
                + $"{CheckNextRuleConditions.Matched} (when the rule matched) or {CheckNextRuleConditions.NotMatched} (when it did not).");
        validator.RuleFor(position).GreaterThanOrEqualTo(1);
    }
}

public sealed class CreateGatewayServiceMessageRuleValidator : AbstractValidator<CreateGatewayServiceMessageRule>
{
    public CreateGatewayServiceMessageRuleValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.MatchExpression).NotEmpty().MatchExpression();
        MessageRuleRules.Apply(this, x => x.Description, x => x.Cost, x => x.CheckNextRuleIf, x => x.Position);
    }
}

public sealed class UpdateGatewayServiceMessageRuleValidator : AbstractValidator<UpdateGatewayServiceMessageRule>
{
    public UpdateGatewayServiceMessageRuleValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.MatchExpression).NotEmpty().When(x => x.MatchExpression is not null);
        RuleFor(x => x.MatchExpression).MatchExpression();
        MessageRuleRules.Apply(this, x => x.Description, x => x.Cost, x => x.CheckNextRuleIf, x => x.Position);
    }
}
