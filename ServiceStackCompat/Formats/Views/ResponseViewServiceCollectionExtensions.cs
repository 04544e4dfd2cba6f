using ServiceStackCompat.Formats.Views;

namespace ServiceStackCompat;

/// <summary>
/// Views of an application's own response types, as ServiceStack lets a view (a Razor page named after the response
/// DTO, an HtmlFormat template) replace the generic HTML report, and a response choose the rows of its CSV. Register
/// them beside <see cref="ServiceHostServiceCollectionExtensions.AddServiceStackHost"/>, in any order; they are checked
/// when the host starts (see <see cref="ResponseViews"/>). An answer of another type, and every error answer, is
/// written as before.
/// </summary>
public static class ResponseViewServiceCollectionExtensions
{
    /// <summary>
    /// The HTML page of a <typeparamref name="TResponse"/> answer shows what <paramref name="render"/> writes, on the
    /// same page (title, heading, links to the other formats), above the generic report of the response or, with
    /// <see cref="HtmlViewPlacement.InsteadOfReport"/>, in its place.
    /// </summary>
    public static IServiceCollection AddHtmlView<TResponse>(this IServiceCollection services, Action<TResponse, HtmlViewWriter> render,
        HtmlViewPlacement placement = HtmlViewPlacement.AboveReport)
    {
        ArgumentNullException.ThrowIfNull(render);
        return services.AddSingleton<ResponseView>(new HtmlView<TResponse>(render, placement));
    }

    /// <summary>
    /// The CSV of a <typeparamref name="TResponse"/> answer is a table of the records <paramref name="rows"/> projects
    /// from it: a header row naming <typeparamref name="TRow"/>'s public properties (as every CSV answer names its
    /// columns) and one row per record, in place of the response's single row. <typeparamref name="TRow"/> must have
    /// properties; its columns are built now.
    /// </summary>
    public static IServiceCollection AddCsvRows<TResponse, TRow>(this IServiceCollection services, Func<TResponse, IEnumerable<TRow>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return services.AddSingleton<ResponseView>(new CsvRowsView<TResponse, TRow>(rows));
    }
}
