-- V2: administrative units (admin_unit).
--
-- Id scheme (explicit ids so that later rows and migrations can point at them):
--   100 + GSO code   provinces / centrally-run cities as they were before 1 July 2025 (e.g. 124 Bắc Giang, 120 Lạng Sơn)
--   246              Huế, centrally-run city from 2025-01-01 (successor of Thừa Thiên Huế, 146)
--   200 + new code   the 23 provincial-level units created on 2025-07-01 (Resolution 202/2025/QH15), e.g. 224 Bắc Ninh
--   1000 + code      districts (district level abolished after 2025-06-30), e.g. 1213 TP Bắc Giang
--   2000 + code      district-level units that replaced a district row during 2024-2025 (town status changes, new towns)
--   100000 + code    communes / wards / townships as they were in 2024 (e.g. 107756 Nếnh)
--   150000 + code    the same commune after a 2025-01-01 status or parent change (e.g. a commune that became a ward)
--   290000 + n       communes / wards created on 2025-07-01
--
-- Validity: valid_from null = existed before the period this data cares about.
-- successor_id is only set where the chain ends in a unit that is valid today; conversions that were later
-- superseded again (e.g. district -> town in 2024/2025, then the whole district level abolished) are described
-- in comments instead.
-- Sources for communes and the 2025 commune mergers: GSO commune list as published before 2024, the 2024
-- UBTVQH resolutions on Bắc Giang / Sơn La, and the 2025 provincial resolutions on commune-level arrangement.

-- ---------------------------------------------------------------------------
-- 1. Provincial level
-- ---------------------------------------------------------------------------

-- 1a. Huế became a centrally-run city on 2025-01-01 and kept that status on 2025-07-01 (not merged).
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (246, '46', 'Huế', 'PROVINCE', 'CITY', null, date '2025-01-01', null, null);

-- 1b. The 23 provincial-level units formed by merger on 2025-07-01 (Resolution 202/2025/QH15).
--     The code is the GSO code of the new unit (the code of the province whose seat became the new seat).
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (208, '08', 'Tuyên Quang', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Tuyên Quang + Hà Giang
  (215, '15', 'Lào Cai', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Lào Cai + Yên Bái
  (219, '19', 'Thái Nguyên', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Thái Nguyên + Bắc Kạn
  (224, '24', 'Bắc Ninh', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Bắc Ninh + Bắc Giang
  (225, '25', 'Phú Thọ', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Phú Thọ + Vĩnh Phúc + Hòa Bình
  (231, '31', 'Hải Phòng', 'PROVINCE', 'CITY', null, date '2025-07-01', null, null),  -- Hải Phòng + Hải Dương
  (233, '33', 'Hưng Yên', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Hưng Yên + Thái Bình
  (237, '37', 'Ninh Bình', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Ninh Bình + Hà Nam + Nam Định
  (244, '44', 'Quảng Trị', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Quảng Trị + Quảng Bình
  (248, '48', 'Đà Nẵng', 'PROVINCE', 'CITY', null, date '2025-07-01', null, null),  -- Đà Nẵng + Quảng Nam
  (251, '51', 'Quảng Ngãi', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Quảng Ngãi + Kon Tum
  (252, '52', 'Gia Lai', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Gia Lai + Bình Định
  (256, '56', 'Khánh Hòa', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Khánh Hòa + Ninh Thuận
  (266, '66', 'Đắk Lắk', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Đắk Lắk + Phú Yên
  (268, '68', 'Lâm Đồng', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Lâm Đồng + Đắk Nông + Bình Thuận
  (275, '75', 'Đồng Nai', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Đồng Nai + Bình Phước
  (279, '79', 'Hồ Chí Minh', 'PROVINCE', 'CITY', null, date '2025-07-01', null, null),  -- Hồ Chí Minh + Bình Dương + Bà Rịa - Vũng Tàu
  (280, '80', 'Tây Ninh', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Tây Ninh + Long An
  (282, '82', 'Đồng Tháp', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Đồng Tháp + Tiền Giang
  (286, '86', 'Vĩnh Long', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- Vĩnh Long + Bến Tre + Trà Vinh
  (291, '91', 'An Giang', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null),  -- An Giang + Kiên Giang
  (292, '92', 'Cần Thơ', 'PROVINCE', 'CITY', null, date '2025-07-01', null, null),  -- Cần Thơ + Sóc Trăng + Hậu Giang
  (296, '96', 'Cà Mau', 'PROVINCE', 'PROVINCE', null, date '2025-07-01', null, null);  -- Cà Mau + Bạc Liêu

-- 1c. The 63 provinces / centrally-run cities before 2025-07-01.
--     Unchanged on 2025-07-01 (valid_to null): Hà Nội, Lai Châu, Điện Biên, Sơn La, Lạng Sơn, Quảng Ninh,
--     Thanh Hóa, Nghệ An, Hà Tĩnh, Cao Bằng (and Huế, see 1a). Thừa Thiên Huế ended on 2024-12-31.
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (101, '01', 'Hà Nội', 'PROVINCE', 'CITY', null, null, null, null),
  (102, '02', 'Hà Giang', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 208),
  (104, '04', 'Cao Bằng', 'PROVINCE', 'PROVINCE', null, null, null, null),
  (106, '06', 'Bắc Kạn', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 219),
  (108, '08', 'Tuyên Quang', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 208),
  (110, '10', 'Lào Cai', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 215),
  (111, '11', 'Điện Biên', 'PROVINCE', 'PROVINCE', null, null, null, null),
  (112, '12', 'Lai Châu', 'PROVINCE', 'PROVINCE', null, null, null, null),
  (114, '14', 'Sơn La', 'PROVINCE', 'PROVINCE', null, null, null, null),
  (115, '15', 'Yên Bái', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 215),
  (117, '17', 'Hòa Bình', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 225),
  (119, '19', 'Thái Nguyên', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 219),
  (120, '20', 'Lạng Sơn', 'PROVINCE', 'PROVINCE', null, null, null, null),
  (122, '22', 'Quảng Ninh', 'PROVINCE', 'PROVINCE', null, null, null, null),
  (124, '24', 'Bắc Giang', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 224),
  (125, '25', 'Phú Thọ', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 225),
  (126, '26', 'Vĩnh Phúc', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 225),
  (127, '27', 'Bắc Ninh', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 224),
  (130, '30', 'Hải Dương', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 231),
  (131, '31', 'Hải Phòng', 'PROVINCE', 'CITY', null, null, date '2025-06-30', 231),
  (133, '33', 'Hưng Yên', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 233),
  (134, '34', 'Thái Bình', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 233),
  (135, '35', 'Hà Nam', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 237),
  (136, '36', 'Nam Định', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 237),
  (137, '37', 'Ninh Bình', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 237),
  (138, '38', 'Thanh Hóa', 'PROVINCE', 'PROVINCE', null, null, null, null),
  (140, '40', 'Nghệ An', 'PROVINCE', 'PROVINCE', null, null, null, null),
  (142, '42', 'Hà Tĩnh', 'PROVINCE', 'PROVINCE', null, null, null, null),
  (144, '44', 'Quảng Bình', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 244),
  (145, '45', 'Quảng Trị', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 244),
  (146, '46', 'Thừa Thiên Huế', 'PROVINCE', 'PROVINCE', null, null, date '2024-12-31', 246),
  (148, '48', 'Đà Nẵng', 'PROVINCE', 'CITY', null, null, date '2025-06-30', 248),
  (149, '49', 'Quảng Nam', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 248),
  (151, '51', 'Quảng Ngãi', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 251),
  (152, '52', 'Bình Định', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 252),
  (154, '54', 'Phú Yên', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 266),
  (156, '56', 'Khánh Hòa', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 256),
  (158, '58', 'Ninh Thuận', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 256),
  (160, '60', 'Bình Thuận', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 268),
  (162, '62', 'Kon Tum', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 251),
  (164, '64', 'Gia Lai', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 252),
  (166, '66', 'Đắk Lắk', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 266),
  (167, '67', 'Đắk Nông', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 268),
  (168, '68', 'Lâm Đồng', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 268),
  (170, '70', 'Bình Phước', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 275),
  (172, '72', 'Tây Ninh', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 280),
  (174, '74', 'Bình Dương', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 279),
  (175, '75', 'Đồng Nai', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 275),
  (177, '77', 'Bà Rịa - Vũng Tàu', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 279),
  (179, '79', 'Hồ Chí Minh', 'PROVINCE', 'CITY', null, null, date '2025-06-30', 279),
  (180, '80', 'Long An', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 280),
  (182, '82', 'Tiền Giang', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 282),
  (183, '83', 'Bến Tre', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 286),
  (184, '84', 'Trà Vinh', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 286),
  (186, '86', 'Vĩnh Long', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 286),
  (187, '87', 'Đồng Tháp', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 282),
  (189, '89', 'An Giang', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 291),
  (191, '91', 'Kiên Giang', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 291),
  (192, '92', 'Cần Thơ', 'PROVINCE', 'CITY', null, null, date '2025-06-30', 292),
  (193, '93', 'Hậu Giang', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 292),
  (194, '94', 'Sóc Trăng', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 292),
  (195, '95', 'Bạc Liêu', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 296),
  (196, '96', 'Cà Mau', 'PROVINCE', 'PROVINCE', null, null, date '2025-06-30', 296);

-- ---------------------------------------------------------------------------
-- 2. District level (level DISTRICT) for the five provinces of the recruitment plan.
--    The district level ended on 2025-06-30; successor_id stays null (no district-level successor exists).
--    Codes are GSO district codes unless a comment says otherwise.
-- ---------------------------------------------------------------------------

-- 2a. Bắc Giang (24).
--     * Việt Yên: huyện until 2024-01-31; thị xã (town) from 2024-02-01 (Resolution 938/NQ-UBTVQH15), same code 222,
--       with 9 wards: Bích Động, Nếnh, Tăng Tiến, Hồng Thái, Quảng Minh, Ninh Sơn, Vân Trung, Quang Châu, Tự Lạn.
--     * Resolution 1191/NQ-UBTVQH15 (effective 2025-01-01): the whole of Yên Dũng merged into TP Bắc Giang;
--       thị xã Chũ created from ten communes of Lục Ngạn; part of Sơn Động moved to Lục Ngạn.
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (1213, '213', 'Bắc Giang',   'DISTRICT', 'PROVINCIAL_CITY', 124, null, date '2025-06-30', null),
  (1215, '215', 'Yên Thế',     'DISTRICT', 'DISTRICT',        124, null, date '2025-06-30', null),
  (1216, '216', 'Tân Yên',     'DISTRICT', 'DISTRICT',        124, null, date '2025-06-30', null),
  (1217, '217', 'Lạng Giang',  'DISTRICT', 'DISTRICT',        124, null, date '2025-06-30', null),
  (1218, '218', 'Lục Nam',     'DISTRICT', 'DISTRICT',        124, null, date '2025-06-30', null),
  (1219, '219', 'Lục Ngạn',    'DISTRICT', 'DISTRICT',        124, null, date '2025-06-30', null),
  (1220, '220', 'Sơn Động',    'DISTRICT', 'DISTRICT',        124, null, date '2025-06-30', null),
  -- Yên Dũng: merged into TP Bắc Giang (1213) on 2025-01-01. successor_id left null because TP Bắc Giang
  -- itself ended on 2025-06-30 and successor chains must end in a currently valid unit.
  (1221, '221', 'Yên Dũng',    'DISTRICT', 'DISTRICT',        124, null, date '2024-12-31', null),
  -- Việt Yên as a rural district (huyện), until the town was established.
  (1222, '222', 'Việt Yên',    'DISTRICT', 'DISTRICT',        124, null, date '2024-01-31', null),
  (1223, '223', 'Hiệp Hòa',    'DISTRICT', 'DISTRICT',        124, null, date '2025-06-30', null),
  -- Thị xã Việt Yên (town), same GSO code as the former huyện.
  (2222, '222', 'Việt Yên',    'DISTRICT', 'TOWN',            124, date '2024-02-01', date '2025-06-30', null),
  -- Thị xã Chũ (town), 2025-01-01 .. 2025-06-30. Code 224 is MADE UP (official GSO code not verified).
  (2224, '224', 'Chũ',         'DISTRICT', 'TOWN',            124, date '2025-01-01', date '2025-06-30', null);

-- 2b. Lạng Sơn (20): TP Lạng Sơn and its 10 districts.
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (1178, '178', 'Lạng Sơn',    'DISTRICT', 'PROVINCIAL_CITY', 120, null, date '2025-06-30', null),
  (1180, '180', 'Tràng Định',  'DISTRICT', 'DISTRICT',        120, null, date '2025-06-30', null),
  (1181, '181', 'Bình Gia',    'DISTRICT', 'DISTRICT',        120, null, date '2025-06-30', null),
  (1182, '182', 'Văn Lãng',    'DISTRICT', 'DISTRICT',        120, null, date '2025-06-30', null),
  (1183, '183', 'Cao Lộc',     'DISTRICT', 'DISTRICT',        120, null, date '2025-06-30', null),
  (1184, '184', 'Văn Quan',    'DISTRICT', 'DISTRICT',        120, null, date '2025-06-30', null),
  (1185, '185', 'Bắc Sơn',     'DISTRICT', 'DISTRICT',        120, null, date '2025-06-30', null),
  (1186, '186', 'Hữu Lũng',    'DISTRICT', 'DISTRICT',        120, null, date '2025-06-30', null),
  (1187, '187', 'Chi Lăng',    'DISTRICT', 'DISTRICT',        120, null, date '2025-06-30', null),
  (1188, '188', 'Lộc Bình',    'DISTRICT', 'DISTRICT',        120, null, date '2025-06-30', null),
  (1189, '189', 'Đình Lập',    'DISTRICT', 'DISTRICT',        120, null, date '2025-06-30', null);

-- 2c. Cao Bằng (04): TP Cao Bằng and 9 districts (after the 2020 mergers: Thông Nông into Hà Quảng,
--     Trà Lĩnh into Trùng Khánh, Quảng Uyên + Phục Hòa -> Quảng Hòa).
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (1040, '040', 'Cao Bằng',    'DISTRICT', 'PROVINCIAL_CITY', 104, null, date '2025-06-30', null),
  (1042, '042', 'Bảo Lâm',     'DISTRICT', 'DISTRICT',        104, null, date '2025-06-30', null),
  (1043, '043', 'Bảo Lạc',     'DISTRICT', 'DISTRICT',        104, null, date '2025-06-30', null),
  (1045, '045', 'Hà Quảng',    'DISTRICT', 'DISTRICT',        104, null, date '2025-06-30', null),
  (1047, '047', 'Trùng Khánh', 'DISTRICT', 'DISTRICT',        104, null, date '2025-06-30', null),
  (1048, '048', 'Hạ Lang',     'DISTRICT', 'DISTRICT',        104, null, date '2025-06-30', null),
  (1049, '049', 'Quảng Hòa',   'DISTRICT', 'DISTRICT',        104, null, date '2025-06-30', null),
  (1051, '051', 'Hòa An',      'DISTRICT', 'DISTRICT',        104, null, date '2025-06-30', null),
  (1052, '052', 'Nguyên Bình', 'DISTRICT', 'DISTRICT',        104, null, date '2025-06-30', null),
  (1053, '053', 'Thạch An',    'DISTRICT', 'DISTRICT',        104, null, date '2025-06-30', null);

-- 2d. Hòa Bình (17): TP Hòa Bình (Kỳ Sơn district merged into it in 2019) and 9 districts.
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (1148, '148', 'Hòa Bình',    'DISTRICT', 'PROVINCIAL_CITY', 117, null, date '2025-06-30', null),
  (1150, '150', 'Đà Bắc',      'DISTRICT', 'DISTRICT',        117, null, date '2025-06-30', null),
  (1152, '152', 'Lương Sơn',   'DISTRICT', 'DISTRICT',        117, null, date '2025-06-30', null),
  (1153, '153', 'Kim Bôi',     'DISTRICT', 'DISTRICT',        117, null, date '2025-06-30', null),
  (1154, '154', 'Cao Phong',   'DISTRICT', 'DISTRICT',        117, null, date '2025-06-30', null),
  (1155, '155', 'Tân Lạc',     'DISTRICT', 'DISTRICT',        117, null, date '2025-06-30', null),
  (1156, '156', 'Mai Châu',    'DISTRICT', 'DISTRICT',        117, null, date '2025-06-30', null),
  (1157, '157', 'Lạc Sơn',     'DISTRICT', 'DISTRICT',        117, null, date '2025-06-30', null),
  (1158, '158', 'Yên Thủy',    'DISTRICT', 'DISTRICT',        117, null, date '2025-06-30', null),
  (1159, '159', 'Lạc Thủy',    'DISTRICT', 'DISTRICT',        117, null, date '2025-06-30', null);

-- 2e. Sơn La (14): TP Sơn La and 11 districts.
--     Mộc Châu: huyện until 2024-12-31; thị xã Mộc Châu from 2025-01-01 (Resolution 1280/NQ-UBTVQH15).
--     The town is assumed to have kept code 123 (not verified).
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (1116, '116', 'Sơn La',      'DISTRICT', 'PROVINCIAL_CITY', 114, null, date '2025-06-30', null),
  (1118, '118', 'Quỳnh Nhai',  'DISTRICT', 'DISTRICT',        114, null, date '2025-06-30', null),
  (1119, '119', 'Thuận Châu',  'DISTRICT', 'DISTRICT',        114, null, date '2025-06-30', null),
  (1120, '120', 'Mường La',    'DISTRICT', 'DISTRICT',        114, null, date '2025-06-30', null),
  (1121, '121', 'Bắc Yên',     'DISTRICT', 'DISTRICT',        114, null, date '2025-06-30', null),
  (1122, '122', 'Phù Yên',     'DISTRICT', 'DISTRICT',        114, null, date '2025-06-30', null),
  (1123, '123', 'Mộc Châu',    'DISTRICT', 'DISTRICT',        114, null, date '2024-12-31', null),
  (2123, '123', 'Mộc Châu',    'DISTRICT', 'TOWN',            114, date '2025-01-01', date '2025-06-30', null),
  (1124, '124', 'Yên Châu',    'DISTRICT', 'DISTRICT',        114, null, date '2025-06-30', null),
  (1125, '125', 'Mai Sơn',     'DISTRICT', 'DISTRICT',        114, null, date '2025-06-30', null),
  (1126, '126', 'Sông Mã',     'DISTRICT', 'DISTRICT',        114, null, date '2025-06-30', null),
  (1127, '127', 'Sốp Cộp',     'DISTRICT', 'DISTRICT',        114, null, date '2025-06-30', null),
  (1128, '128', 'Vân Hồ',      'DISTRICT', 'DISTRICT',        114, null, date '2025-06-30', null);

-- ---------------------------------------------------------------------------
-- 3. Commune level (level COMMUNE): a sample of communes / wards / townships in the five provinces,
--    chosen around the industrial zones (Bắc Giang) and the provincial centres of the partner provinces.
-- ---------------------------------------------------------------------------

-- 3a. Communes / wards created on 2025-07-01 (no district level any more: parent = provincial unit valid then).
--     CODES 9xxxx ARE MADE UP: the official 2025 GSO codes of the new communes were not verified.
--     (GSO codes never start with 9 at commune level, so they cannot collide with real codes.)
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  -- new Bắc Ninh (224), former Bắc Giang part
  (290001, '90001', 'Nếnh',          'COMMUNE', 'WARD',    224, date '2025-07-01', null, null),  -- Nếnh + Quang Châu + Vân Trung + Tăng Tiến
  (290002, '90002', 'Việt Yên',      'COMMUNE', 'WARD',    224, date '2025-07-01', null, null),  -- Bích Động + Hồng Thái + Minh Đức + Nghĩa Trung
  (290003, '90003', 'Tiền Phong',    'COMMUNE', 'WARD',    224, date '2025-07-01', null, null),  -- Tiền Phong + Nội Hoàng + Song Khê + Đồng Sơn
  (290004, '90004', 'Xuân Cẩm',      'COMMUNE', 'COMMUNE', 224, date '2025-07-01', null, null),  -- Xuân Cẩm + Hương Lâm + Mai Đình + Châu Minh + TT Bắc Lý
  (290005, '90005', 'Lạng Giang',    'COMMUNE', 'COMMUNE', 224, date '2025-07-01', null, null),  -- TT Vôi + Xương Lâm + Hương Lạc + Tân Hưng
  -- Lạng Sơn (120, unchanged province)
  (290011, '90011', 'Kỳ Lừa',        'COMMUNE', 'WARD',    120, date '2025-07-01', null, null),  -- P. Hoàng Văn Thụ + TT Cao Lộc + Hợp Thành + Tân Liên + Gia Cát
  (290012, '90012', 'Đông Kinh',     'COMMUNE', 'WARD',    120, date '2025-07-01', null, null),  -- P. Vĩnh Trại + P. Đông Kinh + Yên Trạch + Mai Pha
  (290013, '90013', 'Lương Văn Tri', 'COMMUNE', 'WARD',    120, date '2025-07-01', null, null),  -- P. Chi Lăng + Quảng Lạc
  (290014, '90014', 'Tam Thanh',     'COMMUNE', 'WARD',    120, date '2025-07-01', null, null),  -- P. Tam Thanh + Hoàng Đồng
  (290015, '90015', 'Chi Lăng',      'COMMUNE', 'COMMUNE', 120, date '2025-07-01', null, null),  -- TT Đồng Mỏ + TT Chi Lăng + xã Chi Lăng
  (290016, '90016', 'Hữu Lũng',      'COMMUNE', 'COMMUNE', 120, date '2025-07-01', null, null),  -- TT Hữu Lũng + Đồng Tân + Hồ Sơn
  (290017, '90017', 'Tân Thành',     'COMMUNE', 'COMMUNE', 120, date '2025-07-01', null, null),  -- Tân Thành + Hòa Lạc + Hòa Sơn (Hữu Lũng)
  -- Cao Bằng (104, unchanged province)
  (290021, '90021', 'Thục Phán',     'COMMUNE', 'WARD',    104, date '2025-07-01', null, null),  -- Sông Hiến + Đề Thám + Hợp Giang + Hưng Đạo + Hoàng Tung
  (290022, '90022', 'Tân Giang',     'COMMUNE', 'WARD',    104, date '2025-07-01', null, null),  -- Tân Giang + Duyệt Trung + Hòa Chung + Chu Trinh + Lê Chung
  (290023, '90023', 'Nùng Trí Cao',  'COMMUNE', 'WARD',    104, date '2025-07-01', null, null),  -- Ngọc Xuân + Sông Bằng + Vĩnh Quang
  -- new Phú Thọ (225), former Hòa Bình part
  (290031, '90031', 'Hòa Bình',      'COMMUNE', 'WARD',    225, date '2025-07-01', null, null),  -- Đồng Tiến, Hữu Nghị, Phương Lâm, Quỳnh Lâm, Tân Thịnh, Thịnh Lang, Trung Minh
  (290032, '90032', 'Kỳ Sơn',        'COMMUNE', 'WARD',    225, date '2025-07-01', null, null),  -- P. Kỳ Sơn + Độc Lập + Mông Hóa
  (290033, '90033', 'Lương Sơn',     'COMMUNE', 'COMMUNE', 225, date '2025-07-01', null, null),  -- TT Lương Sơn + Hòa Sơn + Lâm Sơn + Nhuận Trạch + Tân Vinh (+ part of Cao Sơn)
  -- Sơn La (114, unchanged province)
  (290041, '90041', 'Chiềng An',     'COMMUNE', 'WARD',    114, date '2025-07-01', null, null),  -- P. Chiềng An + Chiềng Xôm + Chiềng Đen
  (290042, '90042', 'Chiềng Cơi',    'COMMUNE', 'WARD',    114, date '2025-07-01', null, null),  -- P. Chiềng Cơi + Hua La + Chiềng Cọ
  (290043, '90043', 'Chiềng Sinh',   'COMMUNE', 'WARD',    114, date '2025-07-01', null, null),  -- P. Chiềng Sinh + Chiềng Ngần
  (290044, '90044', 'Mai Sơn',       'COMMUNE', 'COMMUNE', 114, date '2025-07-01', null, null);  -- TT Hát Lót + xã Hát Lót + Cò Nòi

-- 3b. Intermediate rows: communes whose status or parent changed on 2025-01-01 (Resolution 1191/NQ-UBTVQH15,
--     Yên Dũng merged into TP Bắc Giang). Same GSO code, new validity period.
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (157705, '07705', 'Song Khê',  'COMMUNE', 'WARD', 1213, date '2025-01-01', date '2025-06-30', 290003),
  (157708, '07708', 'Nội Hoàng', 'COMMUNE', 'WARD', 1213, date '2025-01-01', date '2025-06-30', 290003);

-- 3c. Bắc Giang communes / wards as in 2024.
--     Note: xã Hoàng Ninh (Đình Trám industrial zone area) no longer existed in 2024: it had been merged into
--     thị trấn Nếnh in the 2019-2020 commune arrangement, so the Đình Trám area is covered by Nếnh and Hồng Thái.
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  -- TX Việt Yên: wards since 2024-02-01 (Bích Động and Nếnh were townships, the others communes, before that).
  (107753, '07753', 'Bích Động',  'COMMUNE', 'WARD',    2222, date '2024-02-01', date '2025-06-30', 290002),
  (107756, '07756', 'Nếnh',       'COMMUNE', 'WARD',    2222, date '2024-02-01', date '2025-06-30', 290001),  -- Đình Trám / Vân Trung IZ area
  (107783, '07783', 'Hồng Thái',  'COMMUNE', 'WARD',    2222, date '2024-02-01', date '2025-06-30', 290002),  -- Đình Trám / Việt Hàn IZ area
  (107789, '07789', 'Tăng Tiến',  'COMMUNE', 'WARD',    2222, date '2024-02-01', date '2025-06-30', 290001),  -- Vân Trung / Việt Hàn IZ area
  (107801, '07801', 'Vân Trung',  'COMMUNE', 'WARD',    2222, date '2024-02-01', date '2025-06-30', 290001),  -- Vân Trung IZ
  (107807, '07807', 'Quang Châu', 'COMMUNE', 'WARD',    2222, date '2024-02-01', date '2025-06-30', 290001),  -- Quang Châu IZ
  -- TP Bắc Giang: Song Khê was a commune in 2024 and became a ward on 2025-01-01 (row 157705).
  (107705, '07705', 'Song Khê',   'COMMUNE', 'COMMUNE', 1213, null, date '2024-12-31', 157705),           -- Song Khê - Nội Hoàng IZ
  -- Yên Dũng: Nội Hoàng moved to TP Bắc Giang as a ward on 2025-01-01 (row 157708).
  (107708, '07708', 'Nội Hoàng',  'COMMUNE', 'COMMUNE', 1221, null, date '2024-12-31', 157708),           -- Song Khê - Nội Hoàng IZ
  -- Hiệp Hòa
  (107885, '07885', 'Mai Đình',   'COMMUNE', 'COMMUNE', 1223, null, date '2025-06-30', 290004),           -- Hòa Phú IZ
  (107882, '07882', 'Châu Minh',  'COMMUNE', 'COMMUNE', 1223, null, date '2025-06-30', 290004),           -- Châu Minh - Bắc Lý - Hương Lâm IZ
  -- Lạng Giang
  (107417, '07417', 'Tân Hưng',   'COMMUNE', 'COMMUNE', 1217, null, date '2025-06-30', 290005);           -- Tân Hưng IZ

-- 3d. Lạng Sơn communes / wards as in 2024.
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (105971, '05971', 'Hoàng Văn Thụ', 'COMMUNE', 'WARD',     1178, null, date '2025-06-30', 290011),
  (105974, '05974', 'Tam Thanh',     'COMMUNE', 'WARD',     1178, null, date '2025-06-30', 290014),
  (105977, '05977', 'Vĩnh Trại',     'COMMUNE', 'WARD',     1178, null, date '2025-06-30', 290012),
  (105980, '05980', 'Đông Kinh',     'COMMUNE', 'WARD',     1178, null, date '2025-06-30', 290012),
  (105983, '05983', 'Chi Lăng',      'COMMUNE', 'WARD',     1178, null, date '2025-06-30', 290013),
  (106463, '06463', 'Đồng Mỏ',       'COMMUNE', 'TOWNSHIP', 1187, null, date '2025-06-30', 290015),
  (106385, '06385', 'Hữu Lũng',      'COMMUNE', 'TOWNSHIP', 1186, null, date '2025-06-30', 290016),
  (106430, '06430', 'Hòa Lạc',       'COMMUNE', 'COMMUNE',  1186, null, date '2025-06-30', 290017);

-- 3e. Cao Bằng: the eight wards of TP Cao Bằng as in 2024.
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (101267, '01267', 'Sông Hiến',   'COMMUNE', 'WARD', 1040, null, date '2025-06-30', 290021),
  (101270, '01270', 'Sông Bằng',   'COMMUNE', 'WARD', 1040, null, date '2025-06-30', 290023),
  (101273, '01273', 'Hợp Giang',   'COMMUNE', 'WARD', 1040, null, date '2025-06-30', 290021),
  (101276, '01276', 'Tân Giang',   'COMMUNE', 'WARD', 1040, null, date '2025-06-30', 290022),
  (101279, '01279', 'Ngọc Xuân',   'COMMUNE', 'WARD', 1040, null, date '2025-06-30', 290023),
  (101282, '01282', 'Đề Thám',     'COMMUNE', 'WARD', 1040, null, date '2025-06-30', 290021),
  (101285, '01285', 'Hòa Chung',   'COMMUNE', 'WARD', 1040, null, date '2025-06-30', 290022),
  (101288, '01288', 'Duyệt Trung', 'COMMUNE', 'WARD', 1040, null, date '2025-06-30', 290022);

-- 3f. Hòa Bình communes / wards as in 2024.
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (104804, '04804', 'Đồng Tiến',   'COMMUNE', 'WARD',     1148, null, date '2025-06-30', 290031),
  (104807, '04807', 'Phương Lâm',  'COMMUNE', 'WARD',     1148, null, date '2025-06-30', 290031),
  (104801, '04801', 'Tân Thịnh',   'COMMUNE', 'WARD',     1148, null, date '2025-06-30', 290031),
  (104798, '04798', 'Hữu Nghị',    'COMMUNE', 'WARD',     1148, null, date '2025-06-30', 290031),
  (104894, '04894', 'Kỳ Sơn',      'COMMUNE', 'WARD',     1148, null, date '2025-06-30', 290032),
  (104912, '04912', 'Mông Hóa',    'COMMUNE', 'COMMUNE',  1148, null, date '2025-06-30', 290032),
  (104924, '04924', 'Lương Sơn',   'COMMUNE', 'TOWNSHIP', 1152, null, date '2025-06-30', 290033),
  (104954, '04954', 'Nhuận Trạch', 'COMMUNE', 'COMMUNE',  1152, null, date '2025-06-30', 290033);

-- 3g. Sơn La communes / wards as in 2024.
insert into admin_unit (id, code, name, level, kind, parent_id, valid_from, valid_to, successor_id) values
  (103667, '03667', 'Chiềng An',   'COMMUNE', 'WARD',     1116, null, date '2025-06-30', 290041),
  (103664, '03664', 'Chiềng Xôm',  'COMMUNE', 'COMMUNE',  1116, null, date '2025-06-30', 290041),
  (103670, '03670', 'Chiềng Cơi',  'COMMUNE', 'WARD',     1116, null, date '2025-06-30', 290042),
  (103676, '03676', 'Hua La',      'COMMUNE', 'COMMUNE',  1116, null, date '2025-06-30', 290042),
  (103679, '03679', 'Chiềng Sinh', 'COMMUNE', 'WARD',     1116, null, date '2025-06-30', 290043),
  (103673, '03673', 'Chiềng Ngần', 'COMMUNE', 'COMMUNE',  1116, null, date '2025-06-30', 290043),
  (104105, '04105', 'Hát Lót',     'COMMUNE', 'TOWNSHIP', 1125, null, date '2025-06-30', 290044),
  (104138, '04138', 'Cò Nòi',      'COMMUNE', 'COMMUNE',  1125, null, date '2025-06-30', 290044);

-- Explicit ids were used above; move the identity sequence past them.
select setval(pg_get_serial_sequence('admin_unit','id'), (select max(id) from admin_unit));
