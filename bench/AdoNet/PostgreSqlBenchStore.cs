using CccApi.ServiceModel;
using Npgsql;
using NpgsqlTypes;

namespace CccApi.Bench.AdoNet;

/// <summary>
/// The statements on PostgreSQL through one NpgsqlDataSource (pooled connections) with automatic
/// preparation: a statement run a few times on a connection is prepared there and reused.
/// </summary>
public sealed class PostgreSqlBenchStore : IBenchStore, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlBenchStore(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 16, AutoPrepareMinUsages = 2 };
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public async Task<KeyOwner?> FindKeyOwnerAsync(string digest, DateTime now, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT u."Id", u."Type", u."ScopeId", k."ExpiresOn", k."RevokedOn", u."Status"
            FROM "ApiKeys" AS k INNER JOIN "AdminUsers" AS u ON k."AdminUserId" = u."Id"
            WHERE k."Digest" = $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = digest });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        DateTime? expiresOn = reader.IsDBNull(3) ? null : reader.GetDateTime(3);
        if (!reader.IsDBNull(4) || expiresOn <= now || reader.GetString(5) != "Active") return null;
        return new KeyOwner(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), expiresOn);
    }

    public async Task<bool> ServiceExistsAsync(Guid serviceId, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("""SELECT 1 FROM "Services" WHERE "Id" = $1""");
        command.Parameters.Add(new NpgsqlParameter { Value = serviceId });
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    public async Task<bool> BundleOfServiceExistsAsync(Guid bundleId, Guid serviceId, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("""SELECT 1 FROM "ServiceSkuBundles" WHERE "Id" = $1 AND "ServiceId" = $2""");
        command.Parameters.Add(new NpgsqlParameter { Value = bundleId });
        command.Parameters.Add(new NpgsqlParameter { Value = serviceId });
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    public async Task<int> SkuCountAsync(Guid serviceId, int limit, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("""SELECT COUNT(*)::int FROM (SELECT 1 FROM "ServiceSkus" WHERE "ServiceId" = $1 LIMIT $2) AS counted""");
        command.Parameters.Add(new NpgsqlParameter { Value = serviceId });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }

    public async Task InsertSkuAsync(NewSku sku, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("""
            INSERT INTO "ServiceSkus" ("Id", "ServiceId", "ServiceSkuBundleId", "Name", "BillingMetric", "UnitPrice", "Quantity", "Description", "AssignedDate", "EndedDate")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            """);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter { Value = sku.Id });
        p.Add(new NpgsqlParameter { Value = sku.ServiceId });
        p.Add(new NpgsqlParameter { Value = (object?)sku.BundleId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        p.Add(new NpgsqlParameter { Value = (object?)sku.Name ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter { Value = sku.BillingMetric });
        p.Add(new NpgsqlParameter { Value = sku.UnitPrice });
        p.Add(new NpgsqlParameter { Value = sku.Quantity });
        p.Add(new NpgsqlParameter { Value = (object?)sku.Description ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new NpgsqlParameter { Value = sku.AssignedDate, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        p.Add(new NpgsqlParameter { Value = (object?)sku.EndedDate ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<bool> ResellerExistsAsync(Guid resellerId, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("""SELECT 1 FROM "Resellers" WHERE "Id" = $1""");
        command.Parameters.Add(new NpgsqlParameter { Value = resellerId });
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    public async Task<bool> CollectionExistsAsync(Guid collectionId, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("""SELECT 1 FROM "Collections" WHERE "Id" = $1""");
        command.Parameters.Add(new NpgsqlParameter { Value = collectionId });
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    public async Task<AccessRecord?> AccessRecordAsync(Guid resellerId, Guid collectionId, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT "Id", "SiteId", "IsDefaultCollectionForSite" FROM "ResellerCollectionAccess" WHERE "ResellerId" = $1 AND "CollectionId" = $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = resellerId });
        command.Parameters.Add(new NpgsqlParameter { Value = collectionId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new AccessRecord(reader.GetGuid(0), reader.GetGuid(1), reader.GetBoolean(2)) : null;
    }

    public async Task SetDefaultCollectionForSiteAsync(Guid resellerId, AccessRecord record, bool isDefault, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (isDefault)
        {
            await using var clear = new NpgsqlCommand("""
                UPDATE "ResellerCollectionAccess" SET "IsDefaultCollectionForSite" = FALSE
                WHERE "ResellerId" = $1 AND "SiteId" = $2 AND "Id" <> $3 AND "IsDefaultCollectionForSite"
                """, connection, transaction);
            clear.Parameters.Add(new NpgsqlParameter { Value = resellerId });
            clear.Parameters.Add(new NpgsqlParameter { Value = record.SiteId });
            clear.Parameters.Add(new NpgsqlParameter { Value = record.Id });
            await clear.ExecuteNonQueryAsync(ct);
        }
        await using var set = new NpgsqlCommand("""UPDATE "ResellerCollectionAccess" SET "IsDefaultCollectionForSite" = $1 WHERE "Id" = $2""", connection, transaction);
        set.Parameters.Add(new NpgsqlParameter { Value = isDefault });
        set.Parameters.Add(new NpgsqlParameter { Value = record.Id });
        await set.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<ServiceRead?> ServiceAsync(Guid serviceId, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"""SELECT {ServiceRow.Columns} FROM {ServiceRow.From} WHERE s."Id" = $1""");
        command.Parameters.Add(new NpgsqlParameter { Value = serviceId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ServiceRow.Read(reader) : null;
    }

    public void Dispose() => _dataSource.Dispose();
}
