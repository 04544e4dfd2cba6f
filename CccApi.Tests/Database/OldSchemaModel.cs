using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CccApi.Tests.Database;

/// <summary>
/// The migration tests write rows into an older schema with the entity classes: a column a later migration added to a
/// table they write must be left out of the model they write with. <see cref="For"/> gives a context on the same
/// database whose model lacks those columns (today Services.PartnerId, from AddServicePartnerId).
/// </summary>
internal sealed class OldSchemaModel(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public static CccDbContext For(CccDbContext db)
    {
        var options = new DbContextOptionsBuilder(db.GetService<IDbContextOptions>() as DbContextOptions
                ?? throw new InvalidOperationException("The context's options are not DbContextOptions."))
            .ReplaceService<IModelCustomizer, OldSchemaModel>()
            .Options;
        return (CccDbContext)Activator.CreateInstance(db.GetType(), options)!;
    }

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        var service = modelBuilder.Entity<Service>();
        foreach (var index in service.Metadata.GetIndexes().Where(i => i.Properties.Any(p => p.Name == nameof(Service.PartnerId))).ToList())
            service.Metadata.RemoveIndex(index);
        service.Ignore(s => s.PartnerId);
    }
}
