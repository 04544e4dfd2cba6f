using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddServiceStatusChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServiceStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResellerId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ChangedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OperationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceStatusChanges_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Services_Status_TrialEndDate",
                table: "Services",
                columns: new[] { "Status", "TrialEndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceStatusChanges_ChangedByUserId_ChangedOn",
                table: "ServiceStatusChanges",
                columns: new[] { "ChangedByUserId", "ChangedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceStatusChanges_ChangedOn",
                table: "ServiceStatusChanges",
                column: "ChangedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceStatusChanges_PartnerId_ChangedOn",
                table: "ServiceStatusChanges",
                columns: new[] { "PartnerId", "ChangedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceStatusChanges_ResellerId_ChangedOn",
                table: "ServiceStatusChanges",
                columns: new[] { "ResellerId", "ChangedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceStatusChanges_ServiceId_ChangedOn",
                table: "ServiceStatusChanges",
                columns: new[] { "ServiceId", "ChangedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_Services_Status_TrialEndDate",
                table: "Services");
        }
    }
}
