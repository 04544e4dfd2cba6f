using CccApi.ServiceModel;
using static CccApi.ServiceModel.ServiceStatus;

namespace CccApi.ServiceInterface.Rules;

/// <summary>
/// The transitions between service statuses a provisioning system allows (the README's table), and which of
/// them only a SuperUser makes. A status never changes to itself, and nothing returns to Provisioning.
/// </summary>
public static class ServiceLifecycle
{
    private static readonly Dictionary<ServiceStatus, ServiceStatus[]> Allowed = new()
    {
        [Provisioning] = [TrialActive, DemoAccount, CertifiedSecure, AccountCancelled, Blocked],
        [TrialActive] = [TrialExpired, CertifiedSecure, DemoAccount, AccountSuspended, AccountCancelled, Blocked],
        [TrialExpired] = [TrialActive, CertifiedSecure, AccountCancelled, Blocked],
        [DemoAccount] = [CertifiedSecure, AccountSuspended, AccountCancelled, Blocked],
        [CertifiedSecure] = [AccountSuspended, AccountCancelled, Blocked],
        [AccountSuspended] = [TrialActive, CertifiedSecure, DemoAccount, AccountCancelled, Blocked],
        [AccountCancelled] = [CertifiedSecure, Blocked],
        [Blocked] = [TrialExpired, CertifiedSecure, AccountSuspended, AccountCancelled],
    };

    /// <summary>
    /// Blocked (an abuse or compliance hold), Provisioning (the platform's own) and DemoAccount (free of charge)
    /// are the platform's to give and take; reinstating a cancelled account is too.
    /// </summary>
    private static readonly ServiceStatus[] SuperUserStatuses = [Blocked, Provisioning, DemoAccount];

    public static bool Allows(ServiceStatus from, ServiceStatus to) => Allowed[from].Contains(to);

    public static bool IsSuperUsersOnly(ServiceStatus from, ServiceStatus to) =>
        SuperUserStatuses.Contains(from) || SuperUserStatuses.Contains(to) || from == AccountCancelled;

    /// <summary>The statuses <paramref name="from"/> may become, for messages.</summary>
    public static IReadOnlyList<ServiceStatus> Next(ServiceStatus from) => Allowed[from];

    public static string InvalidMessage { get; } = $"Status must be one of: {string.Join(", ", Enum.GetNames<ServiceStatus>())}.";

    /// <summary>One of the eight names, matched without regard to case (never a number); null otherwise.</summary>
    public static ServiceStatus? Parse(string? value) =>
        value is null ? null : Enum.GetValues<ServiceStatus>().Cast<ServiceStatus?>()
            .FirstOrDefault(s => string.Equals(s.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase));
}
