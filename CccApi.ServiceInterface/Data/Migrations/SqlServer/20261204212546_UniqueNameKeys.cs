using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UniqueNameKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // `migrate` fills the keys in their full normal form before this migration (StoredTextNormalizer);
            // a database upgraded from the scripted SQL alone gets lower-cased names instead, so that the
            // unique indexes below still find one key per row.
            migrationBuilder.Sql(@"UPDATE [Partners] SET [NameKey] = LOWER([Name]) WHERE [NameKey] = N'';");
            migrationBuilder.Sql(@"UPDATE [Sites] SET [NameKey] = LOWER([Name]) WHERE [NameKey] = N'';");
            migrationBuilder.Sql(@"UPDATE [Services] SET [ServiceNameKey] = LOWER([ServiceName]) WHERE [ServiceNameKey] = N'';");

            migrationBuilder.DropIndex(
                name: "IX_Sites_Name",
                table: "Sites");

            migrationBuilder.DropIndex(
                name: "IX_Services_ServiceName",
                table: "Services");

            migrationBuilder.DropIndex(
                name: "IX_Partners_Name",
                table: "Partners");

            migrationBuilder.CreateIndex(
                name: "IX_Sites_NameKey",
                table: "Sites",
                column: "NameKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Services_ServiceNameKey",
                table: "Services",
                column: "ServiceNameKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Partners_NameKey",
                table: "Partners",
                column: "NameKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sites_NameKey",
                table: "Sites");

            migrationBuilder.DropIndex(
                name: "IX_Services_ServiceNameKey",
                table: "Services");

            migrationBuilder.DropIndex(
                name: "IX_Partners_NameKey",
                table: "Partners");

            migrationBuilder.CreateIndex(
                name: "IX_Sites_Name",
                table: "Sites",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Services_ServiceName",
                table: "Services",
                column: "ServiceName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Partners_Name",
                table: "Partners",
                column: "Name",
                unique: true);
        }
    }
}
