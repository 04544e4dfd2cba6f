using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddServiceStatusCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServiceStatusCounts",
                columns: table => new
                {
                    ResellerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    Moves = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceStatusCounts", x => new { x.ResellerId, x.Status });
                    table.ForeignKey(
                        name: "FK_ServiceStatusCounts_Resellers_ResellerId",
                        column: x => x.ResellerId,
                        principalTable: "Resellers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The existing services, counted once; from here on every change that moves a service keeps the counts.
            migrationBuilder.Sql("""
                INSERT INTO [ServiceStatusCounts] ([ResellerId], [Status], [PartnerId], [Count], [Moves])
                SELECT [s].[ResellerId], [s].[Status], [r].[PartnerId], COUNT(*), 0 FROM [Services] AS [s] INNER JOIN [Resellers] AS [r] ON [r].[Id] = [s].[ResellerId]
                GROUP BY [s].[ResellerId], [s].[Status], [r].[PartnerId];
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceStatusCounts_PartnerId_Status",
                table: "ServiceStatusCounts",
                columns: new[] { "PartnerId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceStatusCounts");
        }
    }
}
