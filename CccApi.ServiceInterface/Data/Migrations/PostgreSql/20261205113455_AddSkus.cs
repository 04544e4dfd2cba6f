using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CccApi.ServiceInterface.Data.Migrations.PostgreSql
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
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SkuId",
                table: "ServiceSkus",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Skus",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    SkuBundleId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "text", nullable: true),
                    BillingMetric = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.AddForeignKey(
                name: "FK_ServiceSkus_Skus_SkuId",
                table: "ServiceSkus",
                column: "SkuId",
                principalTable: "Skus",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ServiceSkus_Skus_SkuId",
                table: "ServiceSkus");

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
