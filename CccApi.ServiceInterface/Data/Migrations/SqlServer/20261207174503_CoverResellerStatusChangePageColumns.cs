using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CoverResellerStatusChangePageColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The new index first, so that searches by reseller keep an index while the old one goes.
            migrationBuilder.CreateIndex(
                name: "IX_ServiceStatusChanges_ResellerPage",
                table: "ServiceStatusChanges",
                columns: new[] { "ResellerId", "ChangedOn", "Id", "ServiceId", "ToStatus", "OperationId", "PartnerId", "ChangedByUserId" });

            migrationBuilder.DropIndex(
                name: "IX_ServiceStatusChanges_ResellerId_ChangedOn_Id_ServiceId",
                table: "ServiceStatusChanges");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The earlier index back first, so that searches by reseller keep an index while this one goes.
            migrationBuilder.CreateIndex(
                name: "IX_ServiceStatusChanges_ResellerId_ChangedOn_Id_ServiceId",
                table: "ServiceStatusChanges",
                columns: new[] { "ResellerId", "ChangedOn", "Id", "ServiceId" });

            migrationBuilder.DropIndex(
                name: "IX_ServiceStatusChanges_ResellerPage",
                table: "ServiceStatusChanges");
        }
    }
}
