using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.PostgreSql;
using CccApi.ServiceInterface.Data.Sqlite;
using CccApi.ServiceInterface.Data.SqlServer;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CccApi.Tests.Database;

/// <summary>
/// Each provider's codes for a full or failing storage, which a test cannot provoke on a server (PostgreSQL's
/// 53100 needs a full disk, and CI runs no SQL Server): the mapping the answers (507, 503) are chosen by.
/// SQLite's are also provoked through HTTP in <see cref="StorageFailureTests"/>.
/// </summary>
public sealed class FailureClassifierTests
{
    [TestCase(13, 13, DatabaseFailureKind.StorageFull)] // SQLITE_FULL
    [TestCase(8, 8, DatabaseFailureKind.StorageFailed)] // SQLITE_READONLY
    [TestCase(8, 1032, DatabaseFailureKind.StorageFailed)] // SQLITE_READONLY_DBMOVED
    [TestCase(1032, 1032, DatabaseFailureKind.StorageFailed)] // the extended code itself, should extended result codes be turned on
    [TestCase(10, 10, DatabaseFailureKind.StorageFailed)] // SQLITE_IOERR
    [TestCase(10, 778, DatabaseFailureKind.StorageFailed)] // SQLITE_IOERR_WRITE
    [TestCase(3338, 3338, DatabaseFailureKind.StorageFailed)] // SQLITE_IOERR_FSYNC
    [TestCase(5, 5, DatabaseFailureKind.Unavailable)] // SQLITE_BUSY
    [TestCase(6, 6, DatabaseFailureKind.Unavailable)] // SQLITE_LOCKED
    [TestCase(14, 14, DatabaseFailureKind.Unavailable)] // SQLITE_CANTOPEN
    [TestCase(19, 2067, DatabaseFailureKind.Other)] // SQLITE_CONSTRAINT_UNIQUE: the rule's 409
    [TestCase(1, 1, DatabaseFailureKind.Other)] // SQLITE_ERROR: a bad statement
    public void Sqlite_result_codes(int errorCode, int extendedErrorCode, DatabaseFailureKind expected) =>
        Assert.That(new SqliteFailureClassifier().Classify(new SqliteException("test", errorCode, extendedErrorCode)), Is.EqualTo(expected));

    [TestCase("53100", DatabaseFailureKind.StorageFull)] // disk_full
    [TestCase("58030", DatabaseFailureKind.StorageFailed)] // io_error
    [TestCase("25006", DatabaseFailureKind.StorageFailed)] // read_only_sql_transaction
    [TestCase("08006", DatabaseFailureKind.Unavailable)] // connection_failure
    [TestCase("57P01", DatabaseFailureKind.Unavailable)] // admin_shutdown
    [TestCase("53300", DatabaseFailureKind.Unavailable)] // too_many_connections
    [TestCase("53200", DatabaseFailureKind.Other)] // out_of_memory: the statement's, not the storage's
    [TestCase("23505", DatabaseFailureKind.Other)] // unique_violation
    [TestCase("40001", DatabaseFailureKind.Other)] // serialization_failure
    public void PostgreSql_sql_states(string sqlState, DatabaseFailureKind expected) =>
        Assert.That(new PostgreSqlFailureClassifier().Classify(new PostgresException("test", "ERROR", "ERROR", sqlState)), Is.EqualTo(expected));

    [TestCase(1105, DatabaseFailureKind.StorageFull)] // could not allocate space: the file group is full
    [TestCase(1101, DatabaseFailureKind.StorageFull)] // could not allocate a new page: the file group is full
    [TestCase(9002, DatabaseFailureKind.StorageFull)] // the transaction log is full
    [TestCase(40544, DatabaseFailureKind.StorageFull)] // Azure SQL: the database reached its size quota
    [TestCase(3906, DatabaseFailureKind.StorageFailed)] // the database is read-only
    [TestCase(823, DatabaseFailureKind.StorageFailed)] // an operating-system I/O error
    [TestCase(824, DatabaseFailureKind.StorageFailed)] // a logical I/O error
    [TestCase(-2, DatabaseFailureKind.Unavailable)] // timeout
    [TestCase(4060, DatabaseFailureKind.Unavailable)] // cannot open the database
    [TestCase(2627, DatabaseFailureKind.Other)] // unique constraint
    [TestCase(547, DatabaseFailureKind.Other)] // foreign key
    public void SqlServer_error_numbers(int number, DatabaseFailureKind expected) =>
        Assert.That(SqlServerFailureClassifier.Classify(number), Is.EqualTo(expected));
}
