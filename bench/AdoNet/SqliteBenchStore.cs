using System.Collections.Concurrent;
using System.Globalization;
using CccApi.ServiceModel;
using Microsoft.Data.Sqlite;

namespace CccApi.Bench.AdoNet;

/// <summary>
/// The statements on SQLite, each prepared once per connection: a pool of open connections, each with its
/// prepared commands, taken by one request at a time. Writers take turns in-process (as CccApi's write gate
/// has them do) rather than meeting in SQLite's sleeping busy handler. Values are stored as EF Core's SQLite
/// provider stores them: Guids as upper-case text, times as "yyyy-MM-dd HH:mm:ss.FFFFFFF", decimals as text.
/// </summary>
public sealed class SqliteBenchStore(string connectionString) : IBenchStore, IDisposable
{
    private readonly ConcurrentBag<Session> _idle = [];
    private readonly SemaphoreSlim _writer = new(1, 1);

    public async Task<KeyOwner?> FindKeyOwnerAsync(string digest, DateTime now, CancellationToken ct)
    {
        using var lease = Rent();
        var command = lease.Session.FindKeyOwner;
        command.Parameters[0].Value = digest;
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        DateTime? expiresOn = reader.IsDBNull(3) ? null : ServiceRow.Utc(reader.GetDateTime(3));
        if (!reader.IsDBNull(4) || expiresOn <= now || reader.GetString(5) != "Active") return null;
        return new KeyOwner(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), expiresOn);
    }

    public async Task<bool> ServiceExistsAsync(Guid serviceId, CancellationToken ct)
    {
        using var lease = Rent();
        var command = lease.Session.ServiceExists;
        command.Parameters[0].Value = Text(serviceId);
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    public async Task<bool> BundleOfServiceExistsAsync(Guid bundleId, Guid serviceId, CancellationToken ct)
    {
        using var lease = Rent();
        var command = lease.Session.BundleOfServiceExists;
        command.Parameters[0].Value = Text(bundleId);
        command.Parameters[1].Value = Text(serviceId);
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    public async Task<int> SkuCountAsync(Guid serviceId, int limit, CancellationToken ct)
    {
        using var lease = Rent();
        var command = lease.Session.SkuCount;
        command.Parameters[0].Value = Text(serviceId);
        command.Parameters[1].Value = limit;
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    public async Task InsertSkuAsync(NewSku sku, CancellationToken ct)
    {
        using var lease = Rent();
        var command = lease.Session.InsertSku;
        var p = command.Parameters;
        p[0].Value = Text(sku.Id);
        p[1].Value = Text(sku.ServiceId);
        p[2].Value = sku.BundleId is { } bundle ? Text(bundle) : DBNull.Value;
        p[3].Value = (object?)sku.Name ?? DBNull.Value;
        p[4].Value = sku.BillingMetric;
        p[5].Value = sku.UnitPrice.ToString("0.0###########################", CultureInfo.InvariantCulture);
        p[6].Value = sku.Quantity;
        p[7].Value = (object?)sku.Description ?? DBNull.Value;
        p[8].Value = Time(sku.AssignedDate);
        p[9].Value = sku.EndedDate is { } ended ? Time(ended) : DBNull.Value;
        await _writer.WaitAsync(ct);
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<bool> ResellerExistsAsync(Guid resellerId, CancellationToken ct)
    {
        using var lease = Rent();
        var command = lease.Session.ResellerExists;
        command.Parameters[0].Value = Text(resellerId);
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    public async Task<bool> CollectionExistsAsync(Guid collectionId, CancellationToken ct)
    {
        using var lease = Rent();
        var command = lease.Session.CollectionExists;
        command.Parameters[0].Value = Text(collectionId);
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    public async Task<AccessRecord?> AccessRecordAsync(Guid resellerId, Guid collectionId, CancellationToken ct)
    {
        using var lease = Rent();
        var command = lease.Session.AccessRecord;
        command.Parameters[0].Value = Text(resellerId);
        command.Parameters[1].Value = Text(collectionId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new AccessRecord(reader.GetGuid(0), reader.GetGuid(1), reader.GetBoolean(2)) : null;
    }

    public async Task SetDefaultCollectionForSiteAsync(Guid resellerId, AccessRecord record, bool isDefault, CancellationToken ct)
    {
        using var lease = Rent();
        await _writer.WaitAsync(ct);
        try
        {
            using var transaction = lease.Session.Connection.BeginTransaction();
            if (isDefault)
            {
                var clear = lease.Session.ClearOtherDefaults;
                clear.Transaction = transaction;
                clear.Parameters[0].Value = Text(resellerId);
                clear.Parameters[1].Value = Text(record.SiteId);
                clear.Parameters[2].Value = Text(record.Id);
                await clear.ExecuteNonQueryAsync(ct);
            }
            var set = lease.Session.SetDefault;
            set.Transaction = transaction;
            set.Parameters[0].Value = isDefault;
            set.Parameters[1].Value = Text(record.Id);
            await set.ExecuteNonQueryAsync(ct);
            transaction.Commit();
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<ServiceRead?> ServiceAsync(Guid serviceId, CancellationToken ct)
    {
        using var lease = Rent();
        var command = lease.Session.Service;
        command.Parameters[0].Value = Text(serviceId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ServiceRow.Read(reader) : null;
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var session)) session.Dispose();
        _writer.Dispose();
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private Lease Rent() => new(this, _idle.TryTake(out var session) ? session : new Session(connectionString));

    private readonly struct Lease(SqliteBenchStore store, Session session) : IDisposable
    {
        public Session Session { get; } = session;

        public void Dispose() => store._idle.Add(Session);
    }

    /// <summary>One open connection with every statement prepared on it.</summary>
    private sealed class Session : IDisposable
    {
        private readonly SqliteConnection _connection;

        public Session(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            using (var pragmas = _connection.CreateCommand())
            {
                pragmas.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
                pragmas.ExecuteNonQuery();
            }
            // As CccApi's SqlitePragmaInterceptor: plan without bound values, so that a bound LIMIT does not make
            // SQLite prepare its statement again after every bind.
            SqliteException.ThrowExceptionForRC(
                SQLitePCL.raw.sqlite3_db_config(_connection.Handle, SQLitePCL.raw.SQLITE_DBCONFIG_ENABLE_QPSG, 1, out _), _connection.Handle);
            FindKeyOwner = Prepare("""
                SELECT u."Id", u."Type", u."ScopeId", k."ExpiresOn", k."RevokedOn", u."Status"
                FROM "ApiKeys" AS k INNER JOIN "AdminUsers" AS u ON k."AdminUserId" = u."Id"
                WHERE k."Digest" = $digest
                """, "$digest");
            ServiceExists = Prepare("""SELECT 1 FROM "Services" WHERE "Id" = $id""", "$id");
            BundleOfServiceExists = Prepare("""SELECT 1 FROM "ServiceSkuBundles" WHERE "Id" = $id AND "ServiceId" = $service""", "$id", "$service");
            SkuCount = Prepare("""SELECT COUNT(*) FROM (SELECT 1 FROM "ServiceSkus" WHERE "ServiceId" = $service LIMIT $limit)""", "$service", "$limit");
            InsertSku = Prepare("""
                INSERT INTO "ServiceSkus" ("Id", "ServiceId", "ServiceSkuBundleId", "Name", "BillingMetric", "UnitPrice", "Quantity", "Description", "AssignedDate", "EndedDate")
                VALUES ($id, $service, $bundle, $name, $metric, $price, $quantity, $description, $assigned, $ended)
                """, "$id", "$service", "$bundle", "$name", "$metric", "$price", "$quantity", "$description", "$assigned", "$ended");
            Service = Prepare($"""SELECT {ServiceRow.Columns} FROM {ServiceRow.From} WHERE s."Id" = $id""", "$id");
            ResellerExists = Prepare("""SELECT 1 FROM "Resellers" WHERE "Id" = $id""", "$id");
            CollectionExists = Prepare("""SELECT 1 FROM "Collections" WHERE "Id" = $id""", "$id");
            AccessRecord = Prepare("""
                SELECT "Id", "SiteId", "IsDefaultCollectionForSite" FROM "ResellerCollectionAccess" WHERE "ResellerId" = $reseller AND "CollectionId" = $collection
                """, "$reseller", "$collection");
            ClearOtherDefaults = Prepare("""
                UPDATE "ResellerCollectionAccess" SET "IsDefaultCollectionForSite" = 0
                WHERE "ResellerId" = $reseller AND "SiteId" = $site AND "Id" <> $id AND "IsDefaultCollectionForSite"
                """, "$reseller", "$site", "$id");
            SetDefault = Prepare("""UPDATE "ResellerCollectionAccess" SET "IsDefaultCollectionForSite" = $value WHERE "Id" = $id""", "$value", "$id");
        }

        public SqliteConnection Connection => _connection;

        public SqliteCommand FindKeyOwner { get; }
        public SqliteCommand ServiceExists { get; }
        public SqliteCommand BundleOfServiceExists { get; }
        public SqliteCommand SkuCount { get; }
        public SqliteCommand InsertSku { get; }
        public SqliteCommand Service { get; }
        public SqliteCommand ResellerExists { get; }
        public SqliteCommand CollectionExists { get; }
        public SqliteCommand AccessRecord { get; }
        public SqliteCommand ClearOtherDefaults { get; }
        public SqliteCommand SetDefault { get; }

        public void Dispose() => _connection.Dispose();

        private SqliteCommand Prepare(string sql, params string[] parameters)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters) command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            command.Prepare();
            return command;
        }
    }
}
