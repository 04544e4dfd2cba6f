using System.Collections;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;

namespace ServiceStackCompat.Validation;

/// <summary>
/// Reads the length and item-count limits out of FluentValidation validators (their descriptors), following
/// child validators (SetValidator) and included ones (Include), so that what the validators enforce is what
/// OpenAPI publishes: the limits are written once, in the validators.
/// </summary>
internal sealed class ValidatorLimitsReader(Func<Type, IValidator> createValidator)
{
    private readonly Dictionary<(Type Dto, string Member), MemberLimits> _limits = [];
    private readonly HashSet<Type> _read = [];

    public IReadOnlyDictionary<(Type Dto, string Member), MemberLimits> Limits => _limits;

    /// <summary>Adds the limits <paramref name="validator"/> applies to members of <paramref name="dtoType"/> and of the types it validates in turn.</summary>
    public void Read(Type dtoType, IValidator validator)
    {
        if (!_read.Add(validator.GetType())) return;
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            var isCollectionRule = IsCollectionRule(rule);
            foreach (var component in rule.Components)
            {
                switch (component.Validator)
                {
                    case ILengthValidator { Max: > 0 } length when rule.PropertyName is { } member:
                        var isCountOfItems = !isCollectionRule && rule.TypeToValidate is { } type && type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);
                        Add(dtoType, member, isCountOfItems ? new MemberLimits(null, length.Max) : new MemberLimits(length.Max, null));
                        break;
                    case IChildValidatorAdaptor child:
                        var childValidator = createValidator(child.ValidatorType);
                        // An included validator (no property) validates the same type; a child validator its property's type.
                        var validated = rule.PropertyName is null ? dtoType : ValidatedType(child.ValidatorType) ?? dtoType;
                        Read(validated, childValidator);
                        break;
                }
            }
        }
    }

    private void Add(Type dtoType, string member, MemberLimits limits) =>
        _limits[(dtoType, member)] = _limits.TryGetValue((dtoType, member), out var known) ? known.Tighten(limits) : limits;

    private static bool IsCollectionRule(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    private static Type? ValidatedType(Type validatorType) =>
        validatorType.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            ?.GetGenericArguments()[0];
}
