using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoverResellerStatusChangePages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The new index first, so that searches by reseller keep an index while the old one goes.
            migrationBuilder.CreateIndex(
                name: "IX_ServiceStatusChanges_ResellerId_ChangedOn_Id_ServiceId",
                table: "ServiceStatusChanges",
                columns: new[] { "ResellerId", "ChangedOn", "Id", "ServiceId" });

            migrationBuilder.DropIndex(
                name: "IX_ServiceStatusChanges_ResellerId_ChangedOn",
                table: "ServiceStatusChanges");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceStatusChanges_ResellerId_ChangedOn_Id_ServiceId",
                table: "ServiceStatusChanges");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceStatusChanges_ResellerId_ChangedOn",
                table: "ServiceStatusChanges",
                columns: new[] { "ResellerId", "ChangedOn" });
        }
    }
}
