namespace CccApi.ServiceInterface.Data.Configurations;

internal static class IndexedText
{
    /// <summary>
    /// The widest text a SQL Server index key takes (900 bytes of nvarchar), the width EF gives an indexed
    /// string without one of its own; the names that had unique indexes keep it, and their keys share it.
    /// </summary>
    public const int MaxLength = 450;
}
