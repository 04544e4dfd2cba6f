using System.Data.Common;
using CccApi.ServiceModel;

namespace CccApi.Bench.AdoNet;

/// <summary>GetService's row, the same join CccApi's compiled query runs, and how it reads into the response.</summary>
internal static class ServiceRow
{
    public const string Columns = """
        s."Id", s."ServiceName", s."Status", s."ServiceCode", s."ReferenceId", s."PrimaryDomain", s."CreatedOn",
        s."TrialEndDate", s."CollectionId", c."SiteId", s."ResellerId", r."Name", r."PartnerId", p."Name"
        """;

    public const string From = """
        "Services" AS s
        INNER JOIN "Collections" AS c ON s."CollectionId" = c."Id"
        INNER JOIN "Resellers" AS r ON s."ResellerId" = r."Id"
        INNER JOIN "Partners" AS p ON r."PartnerId" = p."Id"
        """;

    public static ServiceResponse Read(DbDataReader reader) => new()
    {
        ServiceGuid = reader.GetGuid(0),
        Name = reader.GetString(1),
        Status = Enum.Parse<ServiceStatus>(reader.GetString(2)),
        ServiceCode = reader.GetString(3),
        ReferenceId = reader.IsDBNull(4) ? null : reader.GetString(4),
        PrimaryDomain = reader.GetString(5),
        CreatedOn = Utc(reader.GetDateTime(6)),
        TrialEndDate = reader.IsDBNull(7) ? null : Utc(reader.GetDateTime(7)),
        CollectionGuid = reader.GetGuid(8),
        SiteGuid = reader.GetGuid(9),
        ResellerGuid = reader.GetGuid(10),
        ResellerName = reader.GetString(11),
        PartnerGuid = reader.GetGuid(12),
        PartnerName = reader.GetString(13),
    };

    /// <summary>Stored times are UTC; SQLite's text comes back unspecified, as CccApi's converter also corrects.</summary>
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
