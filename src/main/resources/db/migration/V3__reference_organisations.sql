-- V3: organisations named in the source documents (plus the portal operator) and Bắc Giang's industrial zones.
--
-- `code` values are stable identifiers used by Java code and tests: never change them.
-- Id blocks: 1-99 Bắc Giang, 100-199 Lạng Sơn, 200-299 Cao Bằng, 300-399 Hòa Bình, 400-499 Sơn La,
-- 900 the portal operator. province_id always points at the pre-2025 province row of V2
-- (124 Bắc Giang, 120 Lạng Sơn, 104 Cao Bằng, 117 Hòa Bình, 114 Sơn La).
--
-- 2025 reorganisation of provincial departments (effective 2025-03-01):
--   * Sở Lao động - Thương binh và Xã hội merged into Sở Nội vụ      -> valid_to 2025-02-28, successor = Sở Nội vụ
--   * Sở Giao thông vận tải merged into Sở Xây dựng                  -> valid_to 2025-02-28, successor = Sở Xây dựng
--   * Sở Thông tin và Truyền thông merged into Sở Khoa học và Công nghệ -> valid_to 2025-02-28, successor = Sở KH&CN
-- Historical bodies keep active = true because plans, tasks and reports refer to them.
-- The provincial merger of 2025-07-01 (Bắc Giang into Bắc Ninh, Hòa Bình into Phú Thọ) is NOT modelled here:
-- the bodies of those two provinces keep valid_to null.
-- Rows are inserted parents first, successors before the rows that point at them.

-- ---------------------------------------------------------------------------
-- Bắc Giang (province 124)
-- ---------------------------------------------------------------------------
insert into organisation (id, code, name, short_name, kind, province_id, parent_id, valid_from, valid_to, successor_id) values
  (1,  'ubnd-bg',      'Ủy ban nhân dân tỉnh Bắc Giang',                        'UBND tỉnh Bắc Giang',    'PEOPLES_COMMITTEE',  124, null, null, null, null),
  (2,  'vp-ubnd-bg',   'Văn phòng Ủy ban nhân dân tỉnh Bắc Giang',              'VP UBND tỉnh Bắc Giang', 'COMMITTEE_OFFICE',   124, 1,    null, null, null),
  -- surviving departments first (they are successors of the merged ones)
  (8,  'snv-bg',       'Sở Nội vụ tỉnh Bắc Giang',                              'Sở Nội vụ Bắc Giang',    'DEPARTMENT',         124, 1,    null, null, null),
  (11, 'skhcn-bg',     'Sở Khoa học và Công nghệ tỉnh Bắc Giang',               'Sở KH&CN Bắc Giang',     'DEPARTMENT',         124, 1,    null, null, null),
  (12, 'sxd-bg',       'Sở Xây dựng tỉnh Bắc Giang',                            'Sở Xây dựng Bắc Giang',  'DEPARTMENT',         124, 1,    null, null, null),
  (7,  'sgddt-bg',     'Sở Giáo dục và Đào tạo tỉnh Bắc Giang',                 'Sở GD&ĐT Bắc Giang',     'DEPARTMENT',         124, 1,    null, null, null),
  (9,  'stc-bg',       'Sở Tài chính tỉnh Bắc Giang',                           'Sở Tài chính Bắc Giang', 'DEPARTMENT',         124, 1,    null, null, null),
  -- departments merged on 2025-03-01
  (3,  'sldtbxh-bg',   'Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang',    'Sở LĐTBXH Bắc Giang',    'DEPARTMENT',         124, 1,    null, date '2025-02-28', 8),
  (6,  'sgtvt-bg',     'Sở Giao thông vận tải tỉnh Bắc Giang',                  'Sở GTVT Bắc Giang',      'DEPARTMENT',         124, 1,    null, date '2025-02-28', 12),
  (10, 'stttt-bg',     'Sở Thông tin và Truyền thông tỉnh Bắc Giang',           'Sở TT&TT Bắc Giang',     'DEPARTMENT',         124, 1,    null, date '2025-02-28', 11),
  -- other provincial bodies
  (4,  'bqlkcn-bg',    'Ban Quản lý các khu công nghiệp tỉnh Bắc Giang',        'BQL các KCN Bắc Giang',  'INDUSTRIAL_ZONE_BOARD', 124, 1, null, null, null),
  -- the job centre belonged to the labour department (it was transferred with that department's duties in 2025)
  (5,  'ttdvvl-bg',    'Trung tâm Dịch vụ việc làm tỉnh Bắc Giang',             'TTDVVL Bắc Giang',       'JOB_CENTRE',         124, 3,    null, null, null),
  (23, 'ttphcc-bg',    'Trung tâm Phục vụ hành chính công tỉnh Bắc Giang',      'Trung tâm PVHCC Bắc Giang', 'OTHER',           124, 2,    null, null, null),
  (15, 'ptth-bg',      'Đài Phát thanh và Truyền hình Bắc Giang',               'Đài PT&TH Bắc Giang',    'BROADCASTER',        124, 1,    null, null, null),
  (16, 'bao-bg',       'Báo Bắc Giang',                                         'Báo Bắc Giang',          'NEWSPAPER',          124, null, null, null, null),
  (18, 'bhxh-bg',      'Bảo hiểm xã hội tỉnh Bắc Giang',                        'BHXH tỉnh Bắc Giang',    'SOCIAL_INSURANCE',   124, null, null, null, null),
  (13, 'ldld-bg',      'Liên đoàn Lao động tỉnh Bắc Giang',                     'LĐLĐ tỉnh Bắc Giang',    'LABOUR_FEDERATION',  124, null, null, null, null),
  (14, 'tinhdoan-bg',  'Tỉnh đoàn Bắc Giang (Đoàn TNCS Hồ Chí Minh tỉnh Bắc Giang)', 'Tỉnh đoàn Bắc Giang', 'MASS_ORGANISATION', 124, null, null, null, null),
  (19, 'hnd-bg',       'Hội Nông dân tỉnh Bắc Giang',                           'Hội Nông dân Bắc Giang', 'MASS_ORGANISATION',  124, null, null, null, null),
  (20, 'hlhpn-bg',     'Hội Liên hiệp Phụ nữ tỉnh Bắc Giang',                   'Hội LHPN Bắc Giang',     'MASS_ORGANISATION',  124, null, null, null, null),
  (17, 'hhcunl-bg',    'Hiệp hội Cung ứng nhân lực và việc làm tỉnh Bắc Giang', 'Hiệp hội CƯNL&VL Bắc Giang', 'ASSOCIATION',     124, null, null, null, null),
  (21, 'hhdn-bg',      'Hiệp hội Doanh nghiệp tỉnh Bắc Giang',                  'Hiệp hội DN Bắc Giang',  'ASSOCIATION',        124, null, null, null, null),
  (22, 'thpt-chuyen-bg', 'Trường THPT Chuyên Bắc Giang',                        'THPT Chuyên Bắc Giang',  'SCHOOL',             124, 7,    null, null, null);

-- ---------------------------------------------------------------------------
-- Lạng Sơn (province 120)
-- ---------------------------------------------------------------------------
insert into organisation (id, code, name, short_name, kind, province_id, parent_id, valid_from, valid_to, successor_id) values
  (100, 'ubnd-ls',    'Ủy ban nhân dân tỉnh Lạng Sơn',                     'UBND tỉnh Lạng Sơn',    'PEOPLES_COMMITTEE', 120, null, null, null, null),
  (101, 'vp-ubnd-ls', 'Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn',           'VP UBND tỉnh Lạng Sơn', 'COMMITTEE_OFFICE',  120, 100,  null, null, null),
  (105, 'snv-ls',     'Sở Nội vụ tỉnh Lạng Sơn',                           'Sở Nội vụ Lạng Sơn',    'DEPARTMENT',        120, 100,  null, null, null),
  (106, 'sxd-ls',     'Sở Xây dựng tỉnh Lạng Sơn',                         'Sở Xây dựng Lạng Sơn',  'DEPARTMENT',        120, 100,  null, null, null),
  (102, 'sldtbxh-ls', 'Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn', 'Sở LĐTBXH Lạng Sơn',    'DEPARTMENT',        120, 100,  null, date '2025-02-28', 105),
  (104, 'sgtvt-ls',   'Sở Giao thông vận tải tỉnh Lạng Sơn',               'Sở GTVT Lạng Sơn',      'DEPARTMENT',        120, 100,  null, date '2025-02-28', 106),
  (103, 'ttdvvl-ls',  'Trung tâm Dịch vụ việc làm tỉnh Lạng Sơn',          'TTDVVL Lạng Sơn',       'JOB_CENTRE',        120, 102,  null, null, null),
  (107, 'bao-ls',     'Báo Lạng Sơn',                                      'Báo Lạng Sơn',          'NEWSPAPER',         120, null, null, null, null),
  (108, 'ptth-ls',    'Đài Phát thanh và Truyền hình Lạng Sơn',            'Đài PT&TH Lạng Sơn',    'BROADCASTER',       120, 100,  null, null, null);

-- ---------------------------------------------------------------------------
-- Cao Bằng (province 104)
-- ---------------------------------------------------------------------------
insert into organisation (id, code, name, short_name, kind, province_id, parent_id, valid_from, valid_to, successor_id) values
  (200, 'ubnd-cb',    'Ủy ban nhân dân tỉnh Cao Bằng',                     'UBND tỉnh Cao Bằng',    'PEOPLES_COMMITTEE', 104, null, null, null, null),
  (201, 'vp-ubnd-cb', 'Văn phòng Ủy ban nhân dân tỉnh Cao Bằng',           'VP UBND tỉnh Cao Bằng', 'COMMITTEE_OFFICE',  104, 200,  null, null, null),
  (204, 'snv-cb',     'Sở Nội vụ tỉnh Cao Bằng',                           'Sở Nội vụ Cao Bằng',    'DEPARTMENT',        104, 200,  null, null, null),
  (202, 'sldtbxh-cb', 'Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng', 'Sở LĐTBXH Cao Bằng',    'DEPARTMENT',        104, 200,  null, date '2025-02-28', 204),
  (203, 'ttdvvl-cb',  'Trung tâm Dịch vụ việc làm tỉnh Cao Bằng',          'TTDVVL Cao Bằng',       'JOB_CENTRE',        104, 202,  null, null, null);

-- ---------------------------------------------------------------------------
-- Hòa Bình (province 117)
-- ---------------------------------------------------------------------------
insert into organisation (id, code, name, short_name, kind, province_id, parent_id, valid_from, valid_to, successor_id) values
  (300, 'ubnd-hb',     'Ủy ban nhân dân tỉnh Hòa Bình',                     'UBND tỉnh Hòa Bình',     'PEOPLES_COMMITTEE', 117, null, null, null, null),
  (301, 'vp-ubnd-hb',  'Văn phòng Ủy ban nhân dân tỉnh Hòa Bình',           'VP UBND tỉnh Hòa Bình',  'COMMITTEE_OFFICE',  117, 300,  null, null, null),
  (304, 'snv-hb',      'Sở Nội vụ tỉnh Hòa Bình',                           'Sở Nội vụ Hòa Bình',     'DEPARTMENT',        117, 300,  null, null, null),
  (302, 'sldtbxh-hb',  'Sở Lao động - Thương binh và Xã hội tỉnh Hòa Bình', 'Sở LĐTBXH Hòa Bình',     'DEPARTMENT',        117, 300,  null, date '2025-02-28', 304),
  (303, 'ttdvvl-hb',   'Trung tâm Dịch vụ việc làm tỉnh Hòa Bình',          'TTDVVL Hòa Bình',        'JOB_CENTRE',        117, 302,  null, null, null),
  (305, 'sgddt-hb',    'Sở Giáo dục và Đào tạo tỉnh Hòa Bình',              'Sở GD&ĐT Hòa Bình',      'DEPARTMENT',        117, 300,  null, null, null),
  (306, 'syt-hb',      'Sở Y tế tỉnh Hòa Bình',                             'Sở Y tế Hòa Bình',       'DEPARTMENT',        117, 300,  null, null, null),
  (307, 'svhttdl-hb',  'Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Bình',     'Sở VHTTDL Hòa Bình',     'DEPARTMENT',        117, 300,  null, null, null),
  (308, 'stc-hb',      'Sở Tài chính tỉnh Hòa Bình',                        'Sở Tài chính Hòa Bình',  'DEPARTMENT',        117, 300,  null, null, null),
  (309, 'sxd-hb',      'Sở Xây dựng tỉnh Hòa Bình',                         'Sở Xây dựng Hòa Bình',   'DEPARTMENT',        117, 300,  null, null, null),
  (310, 'bhxh-hb',     'Bảo hiểm xã hội tỉnh Hòa Bình',                     'BHXH tỉnh Hòa Bình',     'SOCIAL_INSURANCE',  117, null, null, null, null),
  (311, 'hhdn-hb',     'Hiệp hội Doanh nghiệp tỉnh Hòa Bình',               'Hiệp hội DN Hòa Bình',   'ASSOCIATION',       117, null, null, null, null),
  (312, 'hlhpn-hb',    'Hội Liên hiệp Phụ nữ tỉnh Hòa Bình',                'Hội LHPN Hòa Bình',      'MASS_ORGANISATION', 117, null, null, null, null),
  (313, 'hnd-hb',      'Hội Nông dân tỉnh Hòa Bình',                        'Hội Nông dân Hòa Bình',  'MASS_ORGANISATION', 117, null, null, null, null),
  (314, 'tinhdoan-hb', 'Tỉnh đoàn Hòa Bình (Đoàn TNCS Hồ Chí Minh tỉnh Hòa Bình)', 'Tỉnh đoàn Hòa Bình', 'MASS_ORGANISATION', 117, null, null, null, null),
  (315, 'hccb-hb',     'Hội Cựu chiến binh tỉnh Hòa Bình',                  'Hội CCB Hòa Bình',       'MASS_ORGANISATION', 117, null, null, null, null),
  (316, 'bao-hb',      'Báo Hòa Bình',                                      'Báo Hòa Bình',           'NEWSPAPER',         117, null, null, null, null),
  (317, 'ptth-hb',     'Đài Phát thanh và Truyền hình Hòa Bình',            'Đài PT&TH Hòa Bình',     'BROADCASTER',       117, 300,  null, null, null),
  (318, 'ldld-hb',     'Liên đoàn Lao động tỉnh Hòa Bình',                  'LĐLĐ tỉnh Hòa Bình',     'LABOUR_FEDERATION', 117, null, null, null, null),
  -- departments of the provincial labour federation (they run the chairman's dialogue conference)
  (319, 'ldld-hb-cspl-qhld', 'Ban Chính sách Pháp luật và Quan hệ lao động, Liên đoàn Lao động tỉnh Hòa Bình', 'Ban CSPL&QHLĐ - LĐLĐ Hòa Bình', 'LABOUR_FEDERATION', 117, 318, null, null, null),
  (320, 'ldld-hb-tg-nc',     'Ban Tuyên giáo - Nữ công, Liên đoàn Lao động tỉnh Hòa Bình',                     'Ban TG-NC - LĐLĐ Hòa Bình',     'LABOUR_FEDERATION', 117, 318, null, null, null),
  (321, 'ldld-hb-tc',        'Ban Tài chính, Liên đoàn Lao động tỉnh Hòa Bình',                                'Ban Tài chính - LĐLĐ Hòa Bình', 'LABOUR_FEDERATION', 117, 318, null, null, null),
  (322, 'ldld-hb-vp',        'Văn phòng Liên đoàn Lao động tỉnh Hòa Bình',                                     'Văn phòng LĐLĐ Hòa Bình',       'LABOUR_FEDERATION', 117, 318, null, null, null);

-- ---------------------------------------------------------------------------
-- Sơn La (province 114)
-- ---------------------------------------------------------------------------
insert into organisation (id, code, name, short_name, kind, province_id, parent_id, valid_from, valid_to, successor_id) values
  (400, 'ubnd-sl',    'Ủy ban nhân dân tỉnh Sơn La',                     'UBND tỉnh Sơn La',    'PEOPLES_COMMITTEE', 114, null, null, null, null),
  (401, 'vp-ubnd-sl', 'Văn phòng Ủy ban nhân dân tỉnh Sơn La',           'VP UBND tỉnh Sơn La', 'COMMITTEE_OFFICE',  114, 400,  null, null, null),
  (404, 'snv-sl',     'Sở Nội vụ tỉnh Sơn La',                           'Sở Nội vụ Sơn La',    'DEPARTMENT',        114, 400,  null, null, null),
  (402, 'sldtbxh-sl', 'Sở Lao động - Thương binh và Xã hội tỉnh Sơn La', 'Sở LĐTBXH Sơn La',    'DEPARTMENT',        114, 400,  null, date '2025-02-28', 404),
  (403, 'ttdvvl-sl',  'Trung tâm Dịch vụ việc làm tỉnh Sơn La',          'TTDVVL Sơn La',       'JOB_CENTRE',        114, 402,  null, null, null);

-- ---------------------------------------------------------------------------
-- Portal operator (the administrators' organisation)
-- ---------------------------------------------------------------------------
insert into organisation (id, code, name, short_name, kind, province_id, parent_id, valid_from, valid_to, successor_id) values
  (900, 'portal-operator', 'Đơn vị vận hành Cổng thông tin', 'Vận hành Cổng', 'OPERATOR', 124, null, null, null, null);

select setval(pg_get_serial_sequence('organisation','id'), (select max(id) from organisation));

-- ---------------------------------------------------------------------------
-- Industrial zones of Bắc Giang, managed by the provincial industrial-zone board (organisation 4, bqlkcn-bg).
-- district_id = the district-level unit that held the zone's main area on 2025-06-30, the last day of the
-- district level (so TX Việt Yên 2222 rather than huyện Việt Yên 1222, and TP Bắc Giang 1213 for zones of the
-- former Yên Dũng district). area_ha is filled only where a figure is documented; other areas are left null
-- on purpose (several zones were extended in stages and the current figure was not verified).
-- ---------------------------------------------------------------------------
insert into industrial_zone (code, name, province_id, district_id, board_id, area_ha, active) values
  ('kcn-dinh-tram',             'Khu công nghiệp Đình Trám',                         124, 2222, 4, null,   true),  -- Nếnh, Hồng Thái
  ('kcn-quang-chau',            'Khu công nghiệp Quang Châu',                        124, 2222, 4, null,   true),  -- Quang Châu, Nếnh, Vân Trung
  ('kcn-van-trung',             'Khu công nghiệp Vân Trung',                         124, 2222, 4, null,   true),  -- Vân Trung, Tăng Tiến
  ('kcn-viet-han',              'Khu công nghiệp Việt Hàn',                          124, 2222, 4, null,   true),  -- Hồng Thái, Tăng Tiến, Nếnh
  ('kcn-hoa-yen',               'Khu công nghiệp Hòa Yên',                           124, 2222, 4, null,   true),
  ('kcn-song-khe-noi-hoang',    'Khu công nghiệp Song Khê - Nội Hoàng',              124, 1213, 4, null,   true),  -- Song Khê (TP Bắc Giang) and Nội Hoàng (Yên Dũng until 2024)
  ('kcn-yen-lu',                'Khu công nghiệp Yên Lư',                            124, 1213, 4, 377.00, true),  -- Yên Lư, Nham Sơn (Yên Dũng until 2024); 377 ha = planned area
  ('kcn-hoa-phu',               'Khu công nghiệp Hòa Phú',                           124, 1223, 4, null,   true),  -- Mai Đình, Hương Lâm
  ('kcn-chau-minh-bac-ly-huong-lam', 'Khu công nghiệp Châu Minh - Bắc Lý - Hương Lâm', 124, 1223, 4, null, true),
  ('kcn-tan-hung',              'Khu công nghiệp Tân Hưng',                          124, 1217, 4, 105.30, true),  -- Tân Hưng, Xương Lâm; 105.3 ha = planned area
  ('kcn-yen-son-bac-lung',      'Khu công nghiệp Yên Sơn - Bắc Lũng',                124, 1218, 4, null,   true);  -- Yên Sơn, Bắc Lũng (Lục Nam)
