using System.Net;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Auth;

/// <summary>
/// The matrix caller type x operation x own/foreign object: an admin acts on its own tenant's objects as
/// its type allows, and any object outside its scope is a 404 NotFound naming the field, as if it did not exist.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own, so its hundreds of requests overlap other fixtures
public sealed class ObjectScopeTests
{
    private TestHost Host { get; set; } = null!;

    [OneTimeSetUp]
    public void StartHost() => Host = new TestHost();

    [OneTimeTearDown]
    public ValueTask StopHost() => Host.DisposeAsync();

    private static readonly AdminUserType[] CallerTypes = [AdminUserType.SuperUser, AdminUserType.Partner, AdminUserType.Reseller, AdminUserType.Service];

    private static IEnumerable<TestCaseData> Matrix() =>
        from operation in ScopedOperation.All
        from type in CallerTypes
        select new TestCaseData(type, operation).SetArgDisplayNames(type.ToString(), operation.Name);

    [TestCaseSource(nameof(Matrix))]
    public async Task Own_object(AdminUserType type, ScopedOperation operation)
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        var result = await operation.Call(caller, own);

        if (type == AdminUserType.SuperUser || operation.OwnAllowed.Contains(type))
            ApiAssert.IsOk(result);
        else if (operation.OwnRefusalFor(type) == HttpStatusCode.NotFound)
            ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", operation.Field);
        else
            Assert.That(result.Status, Is.EqualTo(operation.OwnRefusalFor(type)), result.ToString());
    }

    [TestCaseSource(nameof(Matrix))]
    public async Task Foreign_object(AdminUserType type, ScopedOperation operation)
    {
        using var superUser = Host.CreateSuperUserClient();
        var own = await Tenant.CreateAsync(new Scenario(superUser));
        var foreign = await Tenant.CreateAsync(new Scenario(superUser));
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(type, own.ScopeFor(type)));

        var result = await operation.Call(caller, foreign);

        if (type == AdminUserType.SuperUser)
            ApiAssert.IsOk(result);
        else
            ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", operation.Field);
    }

    [Test]
    public async Task A_scoped_admin_whose_scope_names_nothing_sees_nothing()
    {
        using var superUser = Host.CreateSuperUserClient();
        var tenant = await Tenant.CreateAsync(new Scenario(superUser));
        using var caller = Host.CreateClient(await Host.CreateAdminApiKeyAsync(AdminUserType.Partner, null));

        ApiAssert.IsError(await caller.GetAsync($"/api/services/{tenant.Service:N}"), HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        ApiAssert.IsError(await caller.GetAsync($"/api/resellers/{tenant.Reseller:N}"), HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
    }
}
