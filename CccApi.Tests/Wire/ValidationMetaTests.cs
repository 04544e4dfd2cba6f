using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Wire;

/// <summary>A validation error's meta.PropertyValue shows a Guid as the API writes Guids: 32 hex digits.</summary>
public sealed class ValidationMetaTests : ApiTest
{
    [Test]
    public async Task A_guid_property_value_is_written_as_32_hex_digits()
    {
        var result = await Client.PostAsync("/api/services", new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = Guid.Empty });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEmpty", "ResellerGuid");
        var error = result.Json["responseStatus"]!["errors"]!.AsArray().Single(e => (string?)e!["fieldName"] == "ResellerGuid")!;
        Assert.That((string?)error["meta"]?["PropertyValue"], Is.EqualTo("00000000000000000000000000000000"));
    }
}
