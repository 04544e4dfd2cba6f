using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSkus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SkuBundles_PartnerId",
                table: "SkuBundles");

            // ServiceSkus made before Skus existed were created on the service: editable.
            migrationBuilder.AddColumn<bool>(
                name: "IsEditable",
                table: "ServiceSkus",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SkuId",
                table: "ServiceSkus",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Skus",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuBundleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    BillingMetric = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedOn = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Skus", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Skus_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Skus_SkuBundles_SkuBundleId",
                        column: x => x.SkuBundleId,
                        principalTable: "SkuBundles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SkuBundles_PartnerId_Status_CreatedOn",
                table: "SkuBundles",
                columns: new[] { "PartnerId", "Status", "CreatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceSkus_SkuId",
                table: "ServiceSkus",
                column: "SkuId");

            migrationBuilder.CreateIndex(
                name: "IX_Skus_PartnerId_Status_CreatedOn",
                table: "Skus",
                columns: new[] { "PartnerId", "Status", "CreatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Skus_SkuBundleId",
                table: "Skus",
                column: "SkuBundleId");

            // No foreign key from ServiceSkus.SkuId to Skus here: SQLite adds one to an existing table only by
            // rebuilding it (the migration script check refuses DROP TABLE). SkuId is only ever set from a Sku
            // read in the same request, and Skus are never deleted.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Skus");

            migrationBuilder.DropIndex(
                name: "IX_SkuBundles_PartnerId_Status_CreatedOn",
                table: "SkuBundles");

            migrationBuilder.DropIndex(
                name: "IX_ServiceSkus_SkuId",
                table: "ServiceSkus");

            migrationBuilder.DropColumn(
                name: "IsEditable",
                table: "ServiceSkus");

            migrationBuilder.DropColumn(
                name: "SkuId",
                table: "ServiceSkus");

            migrationBuilder.CreateIndex(
                name: "IX_SkuBundles_PartnerId",
                table: "SkuBundles",
                column: "PartnerId");
        }
    }
}
